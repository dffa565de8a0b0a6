/** How a partition of a cohort becomes Spark rows. Not an API: use {@code SparkCohort}. */
package org.healthsim.spark.internal;
