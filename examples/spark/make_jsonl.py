"""Write the articles of a folder (*.txt) as JSON Lines records, repeated to COUNT records.

    python3 examples/spark/make_jsonl.py /work/shared/corpus/fr 10000 > articles.jsonl
"""

import json
import pathlib
import sys


def main():
    folder, count = pathlib.Path(sys.argv[1]), int(sys.argv[2])
    articles = sorted(folder.glob("*.txt"))
    for n in range(count):
        path = articles[n % len(articles)]
        text = path.read_text(encoding="utf-8", errors="replace")
        record = {"id": n, "name": path.name, "text": text}
        print(json.dumps(record, ensure_ascii=False))


if __name__ == "__main__":
    main()
