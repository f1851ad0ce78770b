// A panic in the shell reaches the window as a sentence with the log's place and a button to
// open the log folder.

import { afterEach, expect, it } from "vitest";
import { act } from "react";
import { cleanup, host, recordingBackend, render } from "./test/fixture";

afterEach(cleanup);

it("says what happened, where the log is, and opens its folder", async () => {
  let crash: (c: { message: string; log: string | null }) => void = () => {};
  let opened = 0;
  const { backend } = recordingBackend({
    onCrashed: async (h) => { crash = h; return () => {}; },
    openLogFolder: async () => { opened++; },
  });
  await render(backend);
  act(() => crash({ message: "Something went wrong inside Journey Studio (boom). Your work is saved.", log: "/home/me/.local/share/studio.journey.desktop/logs/journey-studio.log" }));
  const notice = host.querySelector(".notice")!;
  expect(notice.textContent).toContain("Your work is saved.");
  expect(notice.textContent).toContain("journey-studio.log");
  act(() => [...notice.querySelectorAll("button")].find((b) => b.textContent === "Open log folder")!.click());
  await act(async () => { await Promise.resolve(); });
  expect(opened).toBe(1);
  // The map is still there: a shell error never blanks the window.
  expect(host.querySelectorAll(".card").length).toBeGreaterThan(0);
});
