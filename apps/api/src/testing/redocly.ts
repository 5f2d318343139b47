// Runs Redocly CLI's linter, as installed in the workspace, with the repository's redocly.yaml.
import { spawn } from "node:child_process";
import path from "node:path";
import { REPO_ROOT } from "../config/env";

export interface LintProblem {
  ruleId: string;
  severity: string;
  message: string;
  location?: { pointer?: string }[];
}

export interface LintReport {
  totals: { errors: number; warnings: number };
  problems: LintProblem[];
}

export function redoclyLint(documentPath: string): Promise<LintReport> {
  const bin = path.join(REPO_ROOT, "node_modules", ".bin", "redocly");
  const args = ["lint", documentPath, "--config", path.join(REPO_ROOT, "redocly.yaml"), "--format", "json"];
  // No telemetry and no update check: the test suite makes no outbound calls.
  const env = { ...process.env, REDOCLY_TELEMETRY: "off", REDOCLY_SUPPRESS_UPDATE_NOTICE: "true", NO_COLOR: "1" };
  return new Promise((resolve, reject) => {
    const child = spawn(bin, args, { cwd: REPO_ROOT, env, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("error", reject);
    child.on("close", (code) => {
      try {
        resolve(JSON.parse(stdout) as LintReport);
      } catch {
        reject(new Error(`redocly lint exited with ${code} and no JSON report:\n${stderr}`));
      }
    });
  });
}

/** One line per problem, for a readable failure. */
export function describeProblems(report: LintReport): string[] {
  return report.problems.map((problem) => `${problem.severity} ${problem.ruleId}: ${problem.message} at ${problem.location?.[0]?.pointer ?? "?"}`);
}
