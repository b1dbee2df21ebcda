import { parseModelRef } from "../../core/registry/names.js";
import { verifyRelease } from "../../core/registry/verify.js";
import { verifyText } from "../../core/render/registryRender.js";
import { type CommandIO, printResult } from "../io.js";
import { openRegistry } from "../registryOf.js";
import type { VerifyInput } from "./command.js";

/** `modelgate verify`: 0 when every file, the gate binding (and with --attestation the model's attestation) check
 * out, 1 on any mismatch. */
export async function runVerify(input: VerifyInput, io: CommandIO): Promise<number> {
  const ref = parseModelRef(input.ref, "verify");
  const { store } = await openRegistry(input.registry, io);
  const result = await verifyRelease(store, ref, { attestation: input.attestation ? "require" : "skip" });
  printResult(io, verifyText(result), result);
  await io.platform.setOutputs({ verified: result.ok, version: result.release.version });
  return result.ok ? 0 : 1;
}
