/**
 * JMH benchmarks for the parser: corpus throughput, each pipeline stage, a plain-pass floor, Natty
 * as a peer for date recognition, and time per byte as inputs grow. Not deployed.
 */
package org.courtorders.benchmarks;
