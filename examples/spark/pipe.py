"""Rewrite a JSON Lines file of articles with redac, through Spark's RDD.pipe.

    python3 examples/spark/pipe.py articles.jsonl out/ --master 'local[2]'

Each line of the input is one record, as `redac rewrite --jsonl --help` describes it
({"id": ..., "text": ...}); each line of the output is redac's answer to it, in the same order
within a partition. Spark starts one `redac rewrite --jsonl` per partition and streams the
partition's lines through it: redac never sees more than a few hundred records at once, so a
partition of any size is fine. Prints the job's time and throughput, and the count of records
per status, on stderr.
"""

import argparse
import json
import os
import shlex
import sys
import time

from pyspark import SparkConf, SparkContext


def arguments():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("input", help="JSON Lines file (or folder, or glob) of records")
    parser.add_argument("output", help="folder to write, as Spark writes text (part-*)")
    parser.add_argument("--master", default="local[2]", help="Spark master (default local[2])")
    parser.add_argument(
        "--redac",
        default="redac",
        help="the redac binary: a path, or a name on every node's PATH (default redac)",
    )
    parser.add_argument(
        "--partitions",
        type=int,
        default=0,
        help="input partitions (default: twice Spark's default parallelism)",
    )
    return parser.parse_args()


def main():
    args = arguments()
    conf = (
        SparkConf()
        .setMaster(args.master)
        .setAppName("redac --jsonl")
        .set("spark.ui.showConsoleProgress", "false")
    )
    sc = SparkContext(conf=conf)
    sc.setLogLevel("WARN")
    partitions = args.partitions or 2 * sc.defaultParallelism
    records = sc.textFile(args.input, minPartitions=partitions)
    # -j 1: Spark already runs one task per core, each with its own redac.
    command = f"{shlex.quote(args.redac)} rewrite --jsonl -j 1 -q"
    # A fixed SOURCE_DATE_EPOCH keeps the articles of undated sources the same from run to
    # run (redac dates them with the run's day otherwise).
    env = {"SOURCE_DATE_EPOCH": os.environ.get("SOURCE_DATE_EPOCH", "1717200000")}
    # checkCode: redac exits 0 once every line is answered; anything else fails the task, and
    # Spark retries it.
    answers = records.pipe(command, env=env, checkCode=True)
    start = time.monotonic()
    answers.saveAsTextFile(args.output)
    seconds = time.monotonic() - start
    statuses = sc.textFile(args.output).map(lambda l: json.loads(l)["status"]).countByValue()
    count = sum(statuses.values())
    print(
        f"{args.master}: {count} records in {seconds:.1f} s, {count / seconds:.0f} records/s,"
        f" {partitions} partitions; " + ", ".join(f"{k} {v}" for k, v in sorted(statuses.items())),
        file=sys.stderr,
    )
    sc.stop()


if __name__ == "__main__":
    main()
