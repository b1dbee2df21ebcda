// GitHub workflow commands as modelgate writes them (to a stream it picks, not @actions/core's stdout): one line
// each, whatever the message and properties hold, and the adapter's log split between the two streams.
import { describe, expect, it } from "vitest";

import { githubApi } from "../../../src/platform/github/githubClient.js";
import { GithubPlatform } from "../../../src/platform/github/githubPlatform.js";
import { maskCommand, workflowCommand } from "../../../src/platform/github/workflowCommands.js";
import { Sink } from "../../support.js";

describe("workflowCommand", () => {
  it("keeps a hostile message on its own command line: newlines escaped, escapes shown, % kept", () => {
    expect(workflowCommand("error", {}, "a\n::error::pwned\r\u001b[31m 100%")).toBe(
      "::error::a%0A\u200B::error::pwned␍␛[31m 100%25\n",
    );
  });

  it("escapes properties (colon and comma too) and leaves out the empty ones", () => {
    expect(workflowCommand("warning", { title: "a:b,c\nd", file: "", line: undefined }, "m")).toBe(
      "::warning title=a%3Ab%2Cc%0Ad::m\n",
    );
    expect(workflowCommand("error", { title: "t", file: "f.csv", line: 3 }, "m")).toBe(
      "::error title=t,file=f.csv,line=3::m\n",
    );
  });

  it("masks the secret as it is (the runner must match it byte for byte)", () => {
    expect(maskCommand("s3cr3t\u001b")).toBe("::add-mask::s3cr3t\u001b\n");
    expect(maskCommand("a\nb%")).toBe("::add-mask::a%0Ab%25\n");
  });
});

describe("GithubPlatform's log", () => {
  it("masks its token on err at once; messages, groups and annotations go to out, made inert", () => {
    const out = new Sink();
    const err = new Sink();
    // No call is made: the address is never reached.
    const api = githubApi({ token: "ghs_t", baseUrl: "http://127.0.0.1:9" });
    const p = new GithubPlatform({}, api, { out: out.write, err: err.write });
    expect(err.text).toBe("::add-mask::ghs_t\n");
    p.info("col \u001b[31m\n::error::pwned");
    p.warning("w\n::x");
    p.startGroup("train: python t.py\n::endgroup::");
    p.endGroup();
    p.annotate([{ level: "notice", message: "n", title: "T", file: "d.csv", line: 0 }]);
    p.mask("");
    expect(out.text).toBe(
      [
        "col ␛[31m",
        "\u200B::error::pwned",
        "::warning::w%0A\u200B::x",
        "::group::train: python t.py%0A\u200B::endgroup::",
        "::endgroup::",
        "::notice title=T,file=d.csv::n",
        "",
      ].join("\n"),
    );
    expect(err.text).toBe("::add-mask::ghs_t\n");
  });
});
