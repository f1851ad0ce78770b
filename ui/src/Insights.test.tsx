// The Insights panel: the core's findings, paths and heatmap, and choosing one shows on the
// map what it is about.

import { afterEach, describe, expect, it } from "vitest";
import { act } from "react";
import { cleanup, host, insights, recordingBackend, render, settle } from "./test/fixture";

afterEach(cleanup);

const button = (text: string) => [...host.querySelectorAll("button")].find((b) => b.textContent === text) ?? null;
function click(el: Element | null) {
  expect(el, "button missing").not.toBeNull();
  act(() => (el as HTMLElement).click());
}

async function openInsights(revisions: number[] = []) {
  const { backend } = recordingBackend({ journeyInsights: async () => { revisions.push(1); return insights; } });
  await render(backend);
  click(button("Insights"));
  await settle();
}

describe("the insights panel", () => {
  it("lists the findings, warnings marked, in the core's order", async () => {
    await openInsights();
    const items = [...host.querySelectorAll(".finding")];
    expect(items.map((f) => f.textContent!.slice(1))).toEqual(insights.findings.map((f) => f.message));
    expect(items.map((f) => f.classList.contains("warning"))).toEqual([true, true, false]);
    // A finding about nothing in particular cannot be chosen.
    expect(items[0].querySelector("button")!.disabled).toBe(true);
  });

  it("shows a finding's cards and stages on the map, and hides them again", async () => {
    await openInsights();
    const top = [...host.querySelectorAll<HTMLButtonElement>(".finding button")].find((b) => b.textContent!.includes("Top pain"))!;
    click(top);
    expect(top.getAttribute("aria-pressed")).toBe("true");
    expect(host.querySelector('.card[data-card-id="c2"]')!.classList.contains("highlighted")).toBe(true);
    expect(host.querySelector('.card[data-card-id="c1"]')!.classList.contains("highlighted")).toBe(false);
    expect(host.querySelector('.stage-header[data-stage-id="s1"]')!.classList.contains("focused")).toBe(true);
    click(top);
    expect(host.querySelector('.card[data-card-id="c2"]')!.classList.contains("highlighted")).toBe(false);
  });

  it("draws the heatmap with the severity in its cell and names the worst path", async () => {
    await openInsights();
    const rows = [...host.querySelectorAll(".heatmap tbody tr")];
    expect(rows.map((r) => r.querySelector("th")!.textContent)).toEqual(["سفارش", "Оформление"]);
    const integrity = rows[1].querySelectorAll("td")[1];
    expect(integrity.textContent).toBe("4");
    expect(rows[0].querySelectorAll("td")[1].textContent).toBe("");
    const path = host.querySelector(".paths li")!;
    expect(path.textContent).toContain("سفارش → Оформление");
    expect([...path.querySelectorAll(".path-tag")].map((t) => t.textContent)).toEqual(["worst", "lowest point", "best"]);
  });

  it("empty loyalty pillars are marked", async () => {
    await openInsights();
    expect([...host.querySelectorAll(".loyalty li.empty")].length).toBe(5);
  });
});
