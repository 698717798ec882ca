#!/usr/bin/python3
"""The CI recipes in examples/ci work as docs/ci.md says: their YAML parses, their shell lines
run against the real privmap (jq on its real JSON), and the pre-commit hook runs under Debian's
pre-commit in a repository that has other TOML files.

Usage: ci_recipes_test.py SOURCE_DIR PRIVMAP_BINARY (run by ctest)."""
import json
import os
import shutil
import subprocess
import sys
import tempfile
import unittest

import yaml

SOURCE = os.path.abspath(sys.argv[1])
PRIVMAP = os.path.abspath(sys.argv[2])
CI = os.path.join(SOURCE, "examples", "ci")
FINDINGS_MODEL = os.path.join(SOURCE, "tests", "cli", "models", "findings")
CLEAN_MODEL = os.path.join(SOURCE, "tests", "cli", "models", "clean")


def load(name):
    with open(os.path.join(CI, name), encoding="utf-8") as f:
        return yaml.safe_load(f)


class Sandbox:
    """A temporary folder with `privmap` (and optionally a stand-in) first on PATH."""

    def __init__(self, privmap=PRIVMAP):
        self.dir = tempfile.mkdtemp(prefix="privmap-ci-")
        self.bin = os.path.join(self.dir, ".bin")
        os.mkdir(self.bin)
        os.symlink(privmap, os.path.join(self.bin, "privmap"))
        self.env = dict(os.environ, PATH=self.bin + os.pathsep + os.environ["PATH"])

    def run_lines(self, lines, **env):
        """Runs a job's script lines as GitLab's bash runner does: one shell, -e and pipefail."""
        script = "set -eo pipefail\n" + "\n".join(lines) + "\n"
        return subprocess.run(["bash", "-c", script], cwd=self.dir, env=dict(self.env, **env),
                              capture_output=True, text=True)

    def close(self):
        shutil.rmtree(self.dir, ignore_errors=True)

    def findings_model_without_due_dates(self):
        """A copy of the findings model whose waiver expires too far ahead to fall due: the
        recipes run `check` on the real date, and within 30 days of the expiry it adds a note
        (from 2026-12-02 on, with the model's 2027-01-01)."""
        folder = os.path.join(self.dir, "findings")
        os.mkdir(folder)
        with open(os.path.join(FINDINGS_MODEL, "model.toml"), encoding="utf-8") as f:
            text = f.read()
        assert "expires = 2027-01-01" in text
        with open(os.path.join(folder, "model.toml"), "w", encoding="utf-8") as f:
            f.write(text.replace("expires = 2027-01-01", "expires = 2999-01-01"))
        return folder


class EveryRecipe(unittest.TestCase):
    def test_every_yaml_file_parses(self):
        for name in sorted(os.listdir(CI)):
            if name.endswith((".yml", ".yaml")):
                with self.subTest(name):
                    self.assertIsNotNone(load(name))
        with open(os.path.join(SOURCE, ".pre-commit-hooks.yaml"), encoding="utf-8") as f:
            self.assertEqual(yaml.safe_load(f), load("pre-commit-hooks.yaml"))

    def test_the_install_script_is_run_with_bash(self):
        for name in ("github-actions.yml", "gitlab-ci.yml"):
            with open(os.path.join(CI, name), encoding="utf-8") as f:
                text = f.read()
            for line in text.splitlines():
                if "install-privmap.sh" in line and not line.lstrip().startswith("#"):
                    with self.subTest(name, line=line):
                        self.assertIn("bash ci/install-privmap.sh", line)


class GitHubActions(unittest.TestCase):
    workflow = load("github-actions.yml")

    def steps(self, job):
        return self.workflow["jobs"][job]["steps"]

    def test_privmap_is_built_once_and_handed_to_the_other_jobs(self):
        jobs = self.workflow["jobs"]
        builders = [name for name, job in jobs.items()
                    if any("upload-artifact" in s.get("uses", "") for s in job["steps"])]
        self.assertEqual(builders, ["privmap-package"])
        for name, job in jobs.items():
            if name != "privmap-package":
                self.assertEqual(job.get("needs"), "privmap-package", name)
                self.assertTrue(any("download-artifact" in s.get("uses", "")
                                    for s in job["steps"]), name)

    def test_code_scanning_gets_no_waived_findings(self):
        check = next(s["run"] for s in self.steps("code-scanning")
                     if s.get("name") == "Check the model")
        self.assertIn("--exclude-waived", check)
        sandbox = Sandbox()
        try:
            run = sandbox.run_lines([check + " || true"], MODEL=FINDINGS_MODEL)
            sarif = json.load(open(os.path.join(sandbox.dir, "privmap.sarif")))
            results = sarif["runs"][0]["results"]
            self.assertTrue(results, run.stderr)
            self.assertFalse([r for r in results if "suppressions" in r])
            rules = sarif["runs"][0]["tool"]["driver"]["rules"]
            self.assertTrue(all(r["helpUri"].endswith("/" + r["id"] + ".md") for r in rules))
        finally:
            sandbox.close()

    def test_annotations_and_the_step_summary(self):
        check = next(s["run"] for s in self.steps("annotations")
                     if s.get("name") == "Check the model")
        sandbox = Sandbox()
        try:
            summary = os.path.join(sandbox.dir, "summary.md")
            run = sandbox.run_lines([check], MODEL=sandbox.findings_model_without_due_dates(),
                                    GITHUB_STEP_SUMMARY=summary)
            self.assertEqual(run.returncode, 1, run.stderr)
            self.assertIn("::error file=", run.stdout)
            self.assertNotIn("(note)", run.stdout)  # notes are inside their finding
            with open(summary, encoding="utf-8") as f:
                text = f.read()
            self.assertTrue(text.startswith("## privmap: 1 error, 3 warnings, 1 waived"), text)
        finally:
            sandbox.close()


class GitLabCI(unittest.TestCase):
    pipeline = load("gitlab-ci.yml")

    def test_the_check_runs_in_merge_request_pipelines(self):
        rules = self.pipeline["privmap"]["rules"]
        self.assertIn({"if": '$CI_PIPELINE_SOURCE == "merge_request_event"'}, rules)

    def script_until_the_text_check(self):
        return [line for line in self.pipeline["privmap"]["script"]
                if "--fail-on" not in line]

    def code_quality(self, model):
        sandbox = Sandbox()
        try:
            run = sandbox.run_lines(self.script_until_the_text_check(), MODEL=model)
            self.assertEqual(run.returncode, 0, run.stderr)
            with open(os.path.join(sandbox.dir, "privmap.json"), encoding="utf-8") as f:
                findings = json.load(f)["findings"]
            with open(os.path.join(sandbox.dir, "gl-code-quality-report.json"),
                      encoding="utf-8") as f:
                return findings, json.load(f)
        finally:
            sandbox.close()

    def test_code_quality_has_stable_fingerprints_and_no_waived_findings(self):
        findings, report = self.code_quality(FINDINGS_MODEL)
        unwaived = [f for f in findings if not f["waived"]]
        self.assertEqual(len(report), len(unwaived))
        for entry, finding in zip(report, unwaived):
            self.assertEqual(entry["fingerprint"], finding["fingerprint"])
            self.assertNotIn(finding["message"][:20], entry["fingerprint"])
            self.assertGreaterEqual(entry["location"]["lines"]["begin"], 1)

    def test_a_finding_without_a_line_points_at_line_1(self):
        empty = tempfile.mkdtemp(prefix="privmap-empty-")
        try:
            findings, report = self.code_quality(empty)
        finally:
            os.rmdir(empty)
        self.assertEqual(findings[0]["line"], 0)
        self.assertEqual(report[0]["location"]["lines"]["begin"], 1)

    def test_when_privmap_cannot_run_the_job_shows_its_message_not_jq_s(self):
        sandbox = Sandbox()
        try:
            # privmap's output goes to a full disk: it exits 3 with its own message.
            wrapper = os.path.join(sandbox.bin, "privmap")
            os.remove(wrapper)
            with open(wrapper, "w") as f:
                f.write(f'#!/bin/sh\nexec "{PRIVMAP}" "$@" > /dev/full\n')
            os.chmod(wrapper, 0o755)
            run = sandbox.run_lines(self.script_until_the_text_check(), MODEL=FINDINGS_MODEL)
            self.assertEqual(run.returncode, 3)
            self.assertIn("privmap: cannot write", run.stderr)
            self.assertNotIn("jq", run.stderr)
        finally:
            sandbox.close()


class PreCommit(unittest.TestCase):
    def test_the_hook_checks_the_model_in_a_repository_with_other_toml_files(self):
        repo = tempfile.mkdtemp(prefix="privmap-pre-commit-")
        env = dict(os.environ, PRE_COMMIT_HOME=os.path.join(repo, ".cache"),
                   GIT_AUTHOR_NAME="t", GIT_AUTHOR_EMAIL="t@example.org",
                   GIT_COMMITTER_NAME="t", GIT_COMMITTER_EMAIL="t@example.org")
        bin_dir = os.path.join(repo, ".bin")
        os.mkdir(bin_dir)
        os.symlink(PRIVMAP, os.path.join(bin_dir, "privmap"))
        env["PATH"] = bin_dir + os.pathsep + env["PATH"]
        git = lambda *args: subprocess.run(["git", *args], cwd=repo, env=env, check=True,
                                           capture_output=True)
        try:
            git("init", "-q")
            with open(os.path.join(repo, "pyproject.toml"), "w") as f:
                f.write('[project]\nname = "tools"\nversion = "1.0"\n')
            shutil.copytree(CLEAN_MODEL, os.path.join(repo, "register"))
            git("add", "-A")

            def hook():
                return subprocess.run(["pre-commit", "try-repo", SOURCE, "privmap-check",
                                       "--all-files"],
                                      cwd=repo, env=env, capture_output=True, text=True)

            run = hook()
            self.assertEqual(run.returncode, 0, run.stdout + run.stderr)
            self.assertIn("Passed", run.stdout)

            with open(os.path.join(repo, "register", "broken.toml"), "w") as f:
                f.write("[[activity]]\nid = \n")
            git("add", "-A")
            run = hook()
            self.assertEqual(run.returncode, 1, run.stdout)
            self.assertIn("register/broken.toml:2:", run.stdout)
        finally:
            shutil.rmtree(repo, ignore_errors=True)


if __name__ == "__main__":
    unittest.main(argv=sys.argv[:1], verbosity=2)
