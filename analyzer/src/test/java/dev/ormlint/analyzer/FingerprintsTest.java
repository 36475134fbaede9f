package dev.ormlint.analyzer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FingerprintsTest {

    @Test
    void aFingerprintIgnoresWhitespaceButNotRulePathOrCode() {
        String fingerprint = Fingerprints.of("Rule", "a/B.java", "    session.createCriteria(Order.class);");

        assertThat(fingerprint).matches("[0-9a-f]{32}");
        assertThat(Fingerprints.of("Rule", "a/B.java", "\tsession.createCriteria( Order.class );  "))
                .isNotEqualTo(fingerprint);
        assertThat(Fingerprints.of("Rule", "a/B.java", "\tsession.createCriteria(Order.class);  \r"))
                .isEqualTo(fingerprint);
        assertThat(Fingerprints.of("Rule", "a/B.java", "session.createCriteria(Order.class);"))
                .isEqualTo(fingerprint);
        assertThat(Fingerprints.of("Other", "a/B.java", "session.createCriteria(Order.class);")).isNotEqualTo(fingerprint);
        assertThat(Fingerprints.of("Rule", "a/C.java", "session.createCriteria(Order.class);")).isNotEqualTo(fingerprint);
        assertThat(Fingerprints.of("Rule", "a/B.java", "session.createCriteria(Item.class);")).isNotEqualTo(fingerprint);
    }

    @Test
    void fieldsCannotRunIntoEachOther() {
        assertThat(Fingerprints.of("Rule", "ab", "c")).isNotEqualTo(Fingerprints.of("Rule", "a", "bc"));
    }

    @Test
    void lineOfHandlesEveryLineEnding() {
        String text = "one\ntwo\r\nthree\rfour";

        assertThat(Fingerprints.lineOf(text, 1)).isEqualTo("one");
        assertThat(Fingerprints.lineOf(text, 2)).isEqualTo("two");
        assertThat(Fingerprints.lineOf(text, 3)).isEqualTo("three");
        assertThat(Fingerprints.lineOf(text, 4)).isEqualTo("four");
        assertThat(Fingerprints.lineOf(text, 5)).isEmpty();
        assertThat(Fingerprints.lineOf("last\n", 2)).isEmpty();
        assertThat(Fingerprints.lineOf("", 1)).isEmpty();
    }
}
