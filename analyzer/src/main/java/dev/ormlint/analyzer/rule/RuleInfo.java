package dev.ormlint.analyzer.rule;

import dev.ormlint.analyzer.Severity;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A rule's metadata. The rule's id is its class's simple name, as in Error Prone; its doc page is
 * the resource {@code ormlint/rules/<Id>.md} next to the class.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface RuleInfo {

    /** One line, no trailing period: what the rule finds. */
    String summary();

    Severity severity();

    String[] tags() default {};

    /** The ormlint version that introduced the rule. */
    String since() default "0.1.0";
}
