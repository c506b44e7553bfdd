#!/usr/bin/env python3
"""Which folders of Sources/Civic use which, and the circles among them.

A folder uses another when one of its files names a type declared at the top level of a
file in the other (comments and string literals left out). A circle is a set of folders
each reachable from every other: the architecture allows none (docs/architecture.md).

Usage: folder-imports.py [--edges] [--check]   --check exits 1 when there is a circle.
"""
import os
import re
import sys

ROOT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "Sources", "Civic")
DECLARATION = re.compile(r"^(?:(?:public|internal|private|fileprivate|final|indirect)\s+)*(?:struct|enum|class|protocol|typealias|actor)\s+(\w+)")
IDENTIFIER = re.compile(r"\b[A-Z]\w*\b")
STRING = re.compile(r'"(?:[^"\\]|\\.)*"')


def folder_of(path):
    relative = os.path.relpath(path, ROOT)
    return relative.split(os.sep)[0] if os.sep in relative else "(root)"


def code_lines(path):
    in_block = False
    for line in open(path, encoding="utf-8"):
        if in_block:
            if "*/" in line:
                in_block = False
            continue
        if line.lstrip().startswith("/*"):
            in_block = "*/" not in line
            continue
        line = line.split("//")[0] if "//" in line and '"' not in line else line
        yield STRING.sub('""', line)


def main():
    files = []
    for base, _, names in os.walk(ROOT):
        files += [os.path.join(base, n) for n in sorted(names) if n.endswith(".swift")]
    declared = {}
    for path in files:
        for line in code_lines(path):
            match = DECLARATION.match(line)
            if match:
                declared.setdefault(match.group(1), folder_of(path))
    edges = {}
    for path in files:
        here = folder_of(path)
        for line in code_lines(path):
            for name in IDENTIFIER.findall(line):
                there = declared.get(name)
                if there and there != here:
                    edges.setdefault((here, there), set()).add(f"{os.path.relpath(path, ROOT)}: {name}")
    graph = {}
    for (a, b) in edges:
        graph.setdefault(a, set()).add(b)
        graph.setdefault(b, set())
    circles = strongly_connected(graph)
    if "--edges" in sys.argv:
        for (a, b) in sorted(edges):
            print(f"{a} -> {b}: {', '.join(sorted(edges[(a, b)])[:3])}")
    if not circles:
        print("no circles between folders")
        return 0
    for circle in circles:
        print("circle: " + " <-> ".join(sorted(circle)))
        for (a, b) in sorted(edges):
            if a in circle and b in circle:
                print(f"  {a} -> {b}: {', '.join(sorted(edges[(a, b)])[:4])}")
    return 1 if "--check" in sys.argv else 0


def strongly_connected(graph):
    """Tarjan's algorithm; the components of more than one folder."""
    index, low, stack, on_stack, found = {}, {}, [], set(), []
    counter = [0]

    def visit(node):
        index[node] = low[node] = counter[0]
        counter[0] += 1
        stack.append(node)
        on_stack.add(node)
        for next_node in sorted(graph[node]):
            if next_node not in index:
                visit(next_node)
                low[node] = min(low[node], low[next_node])
            elif next_node in on_stack:
                low[node] = min(low[node], index[next_node])
        if low[node] == index[node]:
            component = set()
            while True:
                top = stack.pop()
                on_stack.discard(top)
                component.add(top)
                if top == node:
                    break
            if len(component) > 1:
                found.append(component)

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


if __name__ == "__main__":
    sys.exit(main())
