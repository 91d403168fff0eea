package org.courtorders.spark;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Parses a corpus of court orders on Apache Spark: folders (searched recursively) or files of text
 * and PDF, each partition parsed with the one parser its executor shares, into one row per input:
 * {@code source_name}, {@code path}, {@code json} (exactly the line {@code courtorders parse}
 * writes for that file) and {@code error_code} (null unless the input failed). Failures are rows
 * too: nothing is lost.
 *
 * <pre>
 * spark-submit --class org.courtorders.spark.CourtOrdersJob courtorders-spark-0.1.0-job.jar \
 *     --format jsonl hdfs:///out/orders hdfs:///corpus/orders/
 * </pre>
 *
 * @since 0.1.0
 */
public final class CourtOrdersJob {
  /** The output rows' schema. */
  public static final StructType SCHEMA =
      new StructType()
          .add("source_name", DataTypes.StringType, false)
          .add("path", DataTypes.StringType, false)
          .add("json", DataTypes.StringType, false)
          .add("error_code", DataTypes.StringType, true);

  /** Output formats. */
  public enum Format {
    /** JSON Lines: the {@code json} column only, one object a line, as the command line writes. */
    JSONL,
    /** Parquet: all four columns. */
    PARQUET
  }

  private CourtOrdersJob() {}

  /** {@code [--format jsonl|parquet] OUTPUT INPUT...}. */
  public static void main(String[] args) {
    Format format = Format.JSONL;
    List<String> rest = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--format") && i + 1 < args.length) {
        format = Format.valueOf(args[++i].toUpperCase(java.util.Locale.ROOT));
      } else {
        rest.add(args[i]);
      }
    }
    if (rest.size() < 2) {
      System.err.println("usage: CourtOrdersJob [--format jsonl|parquet] OUTPUT INPUT...");
      System.exit(2);
    }
    SparkSession spark = SparkSession.builder().appName("courtorders").getOrCreate();
    try {
      write(parse(spark, rest.subList(1, rest.size())), rest.get(0), format);
    } finally {
      spark.stop();
    }
  }

  /**
   * One row per .txt or .pdf file under the inputs (files, folders, globs). Spark reads the files;
   * each partition is parsed on its executor with the executor's one shared parser.
   */
  public static Dataset<Row> parse(SparkSession spark, List<String> inputs) {
    Dataset<Row> files =
        spark
            .read()
            .format("binaryFile")
            .option("recursiveFileLookup", "true")
            .option("pathGlobFilter", "*.{txt,pdf,TXT,PDF}")
            .load(inputs.toArray(String[]::new))
            .select("path", "content");
    JavaRDD<Row> rows = files.javaRDD().mapPartitions(CourtOrdersJob::parsePartition);
    return spark.createDataFrame(rows, SCHEMA);
  }

  private static Iterator<Row> parsePartition(Iterator<Row> files) {
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return files.hasNext();
      }

      @Override
      public Row next() {
        Row f = files.next();
        String path = f.getString(0);
        String name = path.substring(path.lastIndexOf('/') + 1);
        Documents.Parsed p = Documents.parse(name, (byte[]) f.get(1));
        return RowFactory.create(name, path, p.json(), p.errorCode());
      }
    };
  }

  /** Writes the rows: JSON Lines (the {@code json} column as text) or Parquet (every column). */
  public static void write(Dataset<Row> rows, String output, Format format) {
    switch (format) {
      case JSONL -> rows.select("json").write().mode(SaveMode.Overwrite).text(output);
      case PARQUET -> rows.write().mode(SaveMode.Overwrite).parquet(output);
      default -> throw new IllegalArgumentException(String.valueOf(format));
    }
  }
}
