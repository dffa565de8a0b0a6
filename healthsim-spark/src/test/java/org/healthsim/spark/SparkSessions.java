package org.healthsim.spark;

import org.apache.spark.sql.SparkSession;

/** The tests' one Spark session: local, two cores, no UI. */
final class SparkSessions {

  private static SparkSession session;

  private SparkSessions() {}

  static synchronized SparkSession local() {
    if (session == null) {
      session =
          SparkSession.builder()
              .master("local[2]")
              .appName("healthsim-spark-tests")
              .config("spark.ui.enabled", "false")
              .config("spark.sql.shuffle.partitions", "4")
              .config("spark.driver.host", "127.0.0.1")
              .getOrCreate();
    }
    return session;
  }
}
