import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  readRepositoryFolder
} from "./chunk-6H5M4DPF.js";
import {
  checkFiles,
  doctorLinks,
  doctorStatus,
  readConfig,
  renderDoctorText
} from "./chunk-WIL6E2AB.js";
import "./chunk-IMCV4MHD.js";
import {
  isAdoptersCandidate,
  isDataPath
} from "./chunk-7F6CK24P.js";
import "./chunk-GY4TQY5T.js";
import "./chunk-U35WCZE2.js";
import "./chunk-BEIA52AQ.js";
import {
  DEFAULT_SETTINGS
} from "./chunk-ZSXTZERE.js";
import "./chunk-M3JUTA7E.js";
import "./chunk-TGH2AUFJ.js";
import "./chunk-JHUPCAPO.js";
import "./chunk-EFGJ6QO2.js";
import "./chunk-N2IYNLLU.js";
import "./chunk-FGNGZZME.js";
import "./chunk-3L3MKAEF.js";
import "./chunk-YJA3KOFE.js";
import "./chunk-44YDRBUT.js";
import "./chunk-RT2M32GQ.js";
import "./chunk-UE25ZKJ3.js";
import {
  EXIT,
  UsageError,
  parseCommandArgs
} from "./chunk-ADQKM3BL.js";
import {
  commandSafeJson
} from "./chunk-P25OE5HT.js";
import "./chunk-MEP3FXJ7.js";
import "./chunk-C6GEBDF4.js";
import "./chunk-YBYENE5N.js";
import "./chunk-ODQJWHDE.js";
import "./chunk-XSMV7KAE.js";
import "./chunk-DYLIHHCV.js";
import "./chunk-E5HPRSMU.js";
import "./chunk-PTVQWISG.js";
import "./chunk-L63HGGP2.js";
import "./chunk-EHMZMUNW.js";
import "./chunk-6SM3KO6M.js";
import "./chunk-UWYXG27J.js";
import "./chunk-5LR6HC6L.js";
import "./chunk-UXUYLZF2.js";
import "./chunk-BBUXQVJU.js";
import "./chunk-ONBS6DE5.js";

// src/cli/doctor.ts
import { readdir, readFile } from "node:fs/promises";
import { join, resolve } from "node:path";
var DOCTOR_HELP = `Usage: adopters doctor [DIR] [--json]

Checks the adopters-bot setup in a repository's files (DIR, default: the current folder):
.github/adopters.yml, the issue form against the settings (field-map, section options, labels), the
adopters file (it exists, the bot can insert into it, lint), and the workflows (events, least
privilege, the link check's schedule). Each finding says what to change and where.

What only the API shows (the Actions setting for pull requests, the token, branch protection and
rulesets, merge methods, labels) is checked by the action's doctor: run the adopters doctor workflow.

Options:
  --json   print {"status": "healthy"|"problems", "findings": [{"subject", "severity", "message", "fix", "link"}]}

Exit status: 0 healthy, 1 problems found, 2 usage error.`;
var WORKFLOWS = ".github/workflows";
var doctorCommand = async (args, io) => {
  const { values, positionals } = parseCommandArgs({
    args,
    allowPositionals: true,
    options: { json: { type: "boolean", default: false } }
  });
  if (positionals.length > 1) throw new UsageError(`unexpected argument "${positionals[1]}"`);
  const root = resolve(io.cwd, positionals[0] ?? ".");
  const folder = await readRepositoryFolder(root);
  const read = async (path) => {
    const text = await readFile(join(root, path), "utf8").catch(() => void 0);
    return text === void 0 ? void 0 : { path, text };
  };
  const links = doctorLinks(folder.remote, folder.defaultBranch ?? "main");
  const config = readConfig(await read(DEFAULT_SETTINGS["config-file"]), links);
  const s = config.settings;
  const names = (await readdir(join(root, WORKFLOWS)).catch(() => [])).filter((n) => /\.ya?ml$/i.test(n)).sort();
  const workflows = (await Promise.all(names.map((n) => read(`${WORKFLOWS}/${n}`)))).filter(
    (w) => w !== void 0
  );
  const findings = [
    ...config.findings,
    ...await checkFiles(
      {
        form: await read(s["issue-form"]),
        adopters: await read(s["adopters-file"]),
        workflows,
        dataFiles: (await Promise.all(
          folder.topFiles.filter((p) => isAdoptersCandidate(p) && isDataPath(p) && p !== s["adopters-file"]).map(read)
        )).filter((f) => f !== void 0)
      },
      s,
      links
    ),
    {
      subject: "Repository settings",
      severity: "info",
      message: "not checked here: the Actions setting for pull requests, the token, branch protection, labels",
      fix: "run the \u201Cadopters doctor\u201D workflow (mode: doctor) in the repository"
    }
  ];
  const status = doctorStatus(findings);
  if (values.json) io.stdout(`${commandSafeJson({ status, findings })}
`);
  else io.stdout(renderDoctorText(findings));
  return status === "healthy" ? EXIT.ok : EXIT.refused;
};
export {
  DOCTOR_HELP,
  doctorCommand
};
