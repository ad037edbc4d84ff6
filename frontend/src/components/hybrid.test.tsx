import { render } from "preact";
import { afterEach, describe, expect, it } from "vitest";
import { LanguageBadges } from "./LanguageBadges";
import { MaterialsList } from "./Materials";

afterEach(() => {
  document.body.innerHTML = "";
});

const mount = (vnode: preact.VNode) => {
  const root = document.createElement("div");
  document.body.append(root);
  render(vnode, root);
  return root;
};

describe("MaterialsList", () => {
  it("one item per material: kind in words, the title linking to it, its site; icons hidden", () => {
    const root = mount(
      <MaterialsList
        items={[
          { kind: "recording", title: "", url: "https://video.example.org/tccm" },
          { kind: "slides", title: "TCCM deck", url: "https://example.org/tccm.pdf" },
        ]}
      />,
    );
    const items = [...root.querySelectorAll("li")];
    expect(items.map((li) => li.textContent)).toEqual(["Slides: TCCM deck (example.org)", "Recording: Recording (video.example.org)"]);
    const link = root.querySelector("a")!;
    expect(link.getAttribute("href")).toBe("https://example.org/tccm.pdf");
    expect(link.textContent).toBe("TCCM deck");
    expect([...root.querySelectorAll("svg")].every((s) => s.getAttribute("aria-hidden") === "true")).toBe(true);
  });
  it("renders nothing without materials", () => {
    expect(mount(<MaterialsList items={[]} />).innerHTML).toBe("");
  });
});

describe("LanguageBadges", () => {
  it("a labelled list with each fact in words", () => {
    const root = mount(<LanguageBadges languages={["en"]} interpretation={["ar", "fr"]} captions sign_language={[]} />);
    const list = root.querySelector("ul")!;
    expect(list.getAttribute("aria-label")).toBe("Languages");
    const expected = [
      `In ${new Intl.DisplayNames(undefined, { type: "language" }).of("en")}`,
      `Interpretation: ${new Intl.ListFormat(undefined, { type: "conjunction" }).format(["ar", "fr"].map((t) => new Intl.DisplayNames(undefined, { type: "language" }).of(t)!))}`,
      "Captions",
    ];
    expect([...list.querySelectorAll("li")].map((li) => li.textContent)).toEqual(expected);
    expect(list.querySelectorAll('svg[aria-hidden="true"]').length).toBe(3);
  });
  it("renders nothing when nothing is known", () => {
    expect(mount(<LanguageBadges languages={null} captions={false} />).innerHTML).toBe("");
  });
});
