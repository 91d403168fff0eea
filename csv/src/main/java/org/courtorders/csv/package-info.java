/**
 * CSV tables of parsed orders: {@link org.courtorders.csv.CsvTables} writes one RFC 4180 file per
 * kind of item (orders, deadlines, proceedings, rulings, sanctions, citations), every row with its
 * order's source name and id.
 */
package org.courtorders.csv;
