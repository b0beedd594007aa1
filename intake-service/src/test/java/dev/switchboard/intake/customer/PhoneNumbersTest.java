package dev.switchboard.intake.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PhoneNumbersTest {

  @Test
  void oneNumberWrittenManyWaysIsOneE164Number() {
    assertThat(PhoneNumbers.toE164("+49 (30) 1234-5678", "1")).isEqualTo("+493012345678");
    assertThat(PhoneNumbers.toE164("0049 30 12345678", "1")).isEqualTo("+493012345678");
    assertThat(PhoneNumbers.toE164("030 12345678", "49")).isEqualTo("+493012345678");
    assertThat(PhoneNumbers.toE164("+49.30.12345678", "1")).isEqualTo("+493012345678");
  }

  @Test
  void nationalNumbersGetTheDefaultCountryCode() {
    assertThat(PhoneNumbers.toE164("(555) 123-4567", "1")).isEqualTo("+15551234567");
    assertThat(PhoneNumbers.toE164("020 7946 0018", "44")).isEqualTo("+442079460018");
  }

  @Test
  void extensionsAreDropped() {
    assertThat(PhoneNumbers.toE164("+1 555 123 4567 ext. 12", "1")).isEqualTo("+15551234567");
  }

  @Test
  void textThatIsNoPhoneNumberIsRejected() {
    assertThatThrownBy(() -> PhoneNumbers.toE164("call me", "1"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> PhoneNumbers.toE164("12", "1"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> PhoneNumbers.toE164("+1234567890123456", "1"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> PhoneNumbers.toE164("+0 30 1234567", "1"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void emailIdentitiesMatchInAnyCase() {
    assertThat(IdentityKind.EMAIL.canonical(" Ana@Example.ORG ", "1")).isEqualTo("ana@example.org");
    assertThatThrownBy(() -> IdentityKind.EMAIL.canonical("not-an-address", "1"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
