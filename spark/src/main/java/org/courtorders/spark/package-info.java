/**
 * Court Orders at corpus scale on Apache Spark: {@link org.courtorders.spark.CourtOrdersJob} parses
 * folders or lists of text and PDF files, one shared parser per executor, into JSON Lines or
 * Parquet with the command line's contract. Not deployed; submitted as a job jar.
 */
package org.courtorders.spark;
