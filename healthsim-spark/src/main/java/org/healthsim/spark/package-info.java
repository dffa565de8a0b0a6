/**
 * HealthSim on Apache Spark: {@link org.healthsim.spark.SparkCohort} generates a cohort's tables on
 * the executors, partitioned by member index, with exactly the rows of a single-machine run; {@link
 * org.healthsim.spark.GenerateJob} is the {@code spark-submit} main class. Spark itself is provided
 * by the cluster (docs/spark.md).
 */
package org.healthsim.spark;
