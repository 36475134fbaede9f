package dev.ormlint.analyzer.engine;

import dev.ormlint.analyzer.rule.python.SystemExitCall;
import dev.ormlint.analyzer.testing.RuleTester;
import org.junit.jupiter.api.Test;

class PythonSuppressionsTest {

    @Test
    void ignoreCommentsOnTheLineOrTheEnclosingDefOrClassLine() {
        RuleTester.of(new SystemExitCall()).addSource("app/cli.py", """
                import sys
                import sqlalchemy

                # BUG: Diagnostic contains: sys.exit call
                sys.exit(1)
                sys.exit(2)  # ormlint: ignore[SystemExitCall]
                sys.exit(3)  # ormlint: ignore
                sys.exit(4)  # ormlint: ignore[OtherRule, SystemExitCall]
                # BUG: Diagnostic contains: sys.exit call
                sys.exit(5)  # ormlint: ignore[OtherRule]
                # BUG: Diagnostic contains: sys.exit call
                sys.exit("# ormlint: ignore")

                def quiet():  # ormlint: ignore[SystemExitCall]
                    sys.exit(6)

                @decorated
                class Quiet:  # ormlint: ignore
                    def run(self):
                        sys.exit(7)

                def loud():
                    # ormlint: ignore[SystemExitCall]
                    # BUG: Diagnostic contains: sys.exit call
                    sys.exit(8)
                """).expectMarkedFindings();
    }
}
