#!/usr/bin/env python3
"""Helpers for translations/*.ts.

  ts-tool.py todo FILE.ts            print unfinished source texts as a JSON object {source: ""}
  ts-tool.py fill FILE.ts DICT.json  fill unfinished entries whose source is a key of DICT; a value
                                     may be {"Context": "translation", "*": "default"}
  ts-tool.py set FILE.ts DICT.json   like fill, but also overwrites finished entries
  ts-tool.py check FILE.ts           exit 1 if any entry is unfinished or empty
  ts-tool.py merge FILE.ts OTHER.ts  fill unfinished entries from another version of the file
                                     (after a git merge took one side of a conflicting .ts)

Keeps the file's structure as lupdate writes it; only <translation> elements change.
"""
import json
import sys
import xml.etree.ElementTree as ET


def load(path):
    tree = ET.parse(path)
    return tree, tree.getroot()


def messages(root):
    for ctx in root.iter("context"):
        name = ctx.findtext("name")
        for msg in ctx.iter("message"):
            yield name, msg


def unfinished(msg):
    tr = msg.find("translation")
    if tr is None:
        return True
    if tr.get("type") in ("unfinished",):
        return True
    if msg.get("numerus") == "yes":
        forms = tr.findall("numerusform")
        return not forms or any(not (f.text or "").strip() for f in forms)
    return not (tr.text or "").strip()


def save(tree, path):
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    with open(path, "w", encoding="utf-8") as f:
        f.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        f.write(body)
        f.write("\n")


def main():
    if len(sys.argv) < 3:
        print(__doc__)
        return 2
    cmd, path = sys.argv[1], sys.argv[2]
    tree, root = load(path)
    if cmd == "todo":
        todo = {}
        for _, msg in messages(root):
            if unfinished(msg):
                todo[msg.findtext("source")] = ""
        print(json.dumps(todo, ensure_ascii=False, indent=1))
        return 0
    if cmd in ("fill", "set"):
        with open(sys.argv[3], encoding="utf-8") as f:
            table = json.load(f)
        filled = 0
        for ctx, msg in messages(root):
            src = msg.findtext("source")
            value = table.get(src)
            if isinstance(value, dict):
                value = value.get(ctx, value.get("*"))
            if value and (cmd == "set" or unfinished(msg)):
                tr = msg.find("translation")
                if tr is None:
                    tr = ET.SubElement(msg, "translation")
                tr.attrib.pop("type", None)
                if msg.get("numerus") == "yes":
                    for f in list(tr):
                        tr.remove(f)
                    forms = value if isinstance(value, list) else [value]
                    for text in forms:
                        ET.SubElement(tr, "numerusform").text = text
                else:
                    tr.text = value
                filled += 1
        save(tree, path)
        left = sum(1 for _, m in messages(root) if unfinished(m))
        print(f"filled {filled}, unfinished left {left}")
        return 0
    if cmd == "merge":
        _, other = load(sys.argv[3])
        table = {}
        for ctx, msg in messages(other):
            if not unfinished(msg):
                tr = msg.find("translation")
                forms = [f.text or "" for f in tr.findall("numerusform")]
                table.setdefault(msg.findtext("source"), {})[ctx] = forms if forms else (tr.text or "")
        filled = 0
        for ctx, msg in messages(root):
            src = msg.findtext("source")
            if src in table and unfinished(msg):
                value = table[src].get(ctx) or next(iter(table[src].values()))
                tr = msg.find("translation")
                if tr is None:
                    tr = ET.SubElement(msg, "translation")
                tr.attrib.pop("type", None)
                if isinstance(value, list):
                    for f in list(tr):
                        tr.remove(f)
                    for text in value:
                        ET.SubElement(tr, "numerusform").text = text
                else:
                    tr.text = value
                filled += 1
        save(tree, path)
        left = sum(1 for _, m in messages(root) if unfinished(m))
        print(f"merged {filled}, unfinished left {left}")
        return 0
    if cmd == "check":
        bad = [(c, m.findtext("source")) for c, m in messages(root) if unfinished(m)]
        for c, s in bad:
            print(f"{path}: unfinished in {c}: {s!r}")
        return 1 if bad else 0
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main())
