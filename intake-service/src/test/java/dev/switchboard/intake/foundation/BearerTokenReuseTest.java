package dev.switchboard.intake.foundation;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.httpapi.security.VerifiedTokens;
import dev.switchboard.localinfra.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A bearer token is verified once and then served from the store, never a forged variant. */
@QuarkusTest
class BearerTokenReuseTest {

  @Inject VerifiedTokens tokens;

  @Test
  void theSameTokenIsServedFromTheStoreAfterItsFirstVerification() {
    String token = TestTokens.customer("verified-" + UUID.randomUUID());
    given().auth().oauth2(token).get("/api/v1/tickets").then().statusCode(200);
    long hitsAfterFirst = tokens.hits();

    given().auth().oauth2(token).get("/api/v1/tickets").then().statusCode(200);

    assertThat(tokens.hits()).isGreaterThan(hitsAfterFirst);
  }

  @Test
  void aKeptTokenWithAlteredClaimsIsRefused() {
    String token = TestTokens.agent("agent-" + UUID.randomUUID());
    given().auth().oauth2(token).get("/api/v1/tickets").then().statusCode(200);

    String[] parts = token.split("\\.");
    char[] claims = parts[1].toCharArray();
    int middle = claims.length / 2;
    claims[middle] = claims[middle] == 'A' ? 'B' : 'A';
    String forged = parts[0] + "." + new String(claims) + "." + parts[2];

    given().auth().oauth2(forged).get("/api/v1/tickets").then().statusCode(401);
  }

  @Test
  void rolesOfAKeptTokenStillDecide() {
    String token = TestTokens.customer("roles-" + UUID.randomUUID());
    given().auth().oauth2(token).get("/api/v1/tickets").then().statusCode(200);

    given()
        .auth()
        .oauth2(token)
        .contentType("application/json")
        .body(
            "{\"title\":\"Mail down\",\"description\":\"x\",\"category\":\"email\",\"keywords\":[]}")
        .post("/api/v1/major-incidents")
        .then()
        .statusCode(403);
  }
}
