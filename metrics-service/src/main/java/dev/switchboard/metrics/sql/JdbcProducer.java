package dev.switchboard.metrics.sql;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** Makes {@link Jdbc} over the service's data source injectable. */
public class JdbcProducer {

  @Produces
  @Singleton
  Jdbc jdbc(AgroalDataSource dataSource) {
    return new Jdbc(dataSource);
  }
}
