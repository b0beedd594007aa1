package dev.switchboard.intake.majorincident;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MajorIncidentMatchTest {

  private final MajorIncident vpnOutage = outage("network/vpn", List.of("VPN", "remote access"));

  @Test
  void aKeywordAsAWordMatches() {
    assertThat(vpnOutage.matches("My vpn keeps dropping", null, true)).isTrue();
    assertThat(vpnOutage.matches("No Remote Access since 9:00", "hardware", false)).isTrue();
  }

  @Test
  void aKeywordInsideAnotherWordDoesNot() {
    assertThat(vpnOutage.matches("vpnclient.exe crashed", "software", true)).isFalse();
  }

  @Test
  void anIncidentInTheOutagesCategoryMatchesAServiceRequestDoesNot() {
    assertThat(vpnOutage.matches("cannot connect", "network/vpn", true)).isTrue();
    assertThat(vpnOutage.matches("cannot connect", "network/vpn/client", true)).isTrue();
    assertThat(vpnOutage.matches("need a token", "network/vpn", false)).isFalse();
    assertThat(vpnOutage.matches("cannot connect", "network/vpnx", true)).isFalse();
  }

  private static MajorIncident outage(String category, List<String> keywords) {
    MajorIncident incident = new MajorIncident();
    incident.category = category;
    incident.keywords = MajorIncident.joinKeywords(keywords);
    incident.status = MajorIncident.OPEN;
    return incident;
  }
}
