// The one way the project's scripts start Debian's Chromium: headless, no sandbox (root in CI),
// and no background networking (the machine's network is closed). CHROMIUM overrides the binary.
import { chromium } from "playwright-core";

/** Launches Chromium with the project's flags, plus `extraArgs`. */
export function launchChromium(extraArgs = []) {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      ...extraArgs,
    ],
  });
}
