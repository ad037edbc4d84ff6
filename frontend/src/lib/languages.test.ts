import { describe, expect, it } from "vitest";
import { hasLanguageFacts, malformedTags, languageBadges, languageList, languageName, parseTags, tagsText } from "./languages";

describe("language names come from the platform, in the reader's locale", () => {
  it("names a tag", () => {
    expect(languageName("fr", "en")).toBe("French");
    expect(languageName("ar", "fr")).toBe("arabe");
    expect(languageName("ase", "en")).toBe("American Sign Language");
    expect(languageName("es-419", "en")).toBe(new Intl.DisplayNames(["en"], { type: "language" }).of("es-419"));
  });
  it("keeps a tag it cannot name, or one that is not a tag", () => {
    expect(languageName("ils", "en")).toBe("ils");
    expect(languageName("not a tag", "en")).toBe("not a tag");
  });
  it("lists names as the locale does", () => {
    expect(languageList(["ar", "fr"], "en")).toBe("Arabic and French");
    expect(languageList(["ar", "fr"], "fr")).toBe("arabe et français");
  });
});

describe("parseTags", () => {
  it("splits on commas and spaces, writes known tags canonically, drops repeats", () => {
    expect(parseTags(" ar, fr-ca  es;EN ,, ar")).toEqual(["ar", "fr-CA", "es", "en"]);
    expect(parseTags("")).toEqual([]);
  });
  it("keeps what the platform cannot read, for the API to refuse by name", () => {
    expect(parseTags("ar_EG")).toEqual(["ar_EG"]);
  });
  it("finds the tags that are not well-formed", () => {
    expect(malformedTags(["en", "zh-Hant", "ase", "ar_EG", "toolongtag", "fr-", ""])).toEqual(["ar_EG", "toolongtag", "fr-", ""]);
  });
  it("writes tags back for the field", () => {
    expect(tagsText(["ar", "fr"])).toBe("ar, fr");
    expect(tagsText(null)).toBe("");
  });
});

describe("languageBadges", () => {
  it("spoken, interpretation, captions, sign language, each in words", () => {
    const b = languageBadges({ languages: ["en"], interpretation: ["ar", "fr"], captions: true, sign_language: ["ase"] }, "en");
    expect(b.map((x) => [x.kind, x.text])).toEqual([
      ["spoken", "In English"],
      ["interpretation", "Interpretation: Arabic and French"],
      ["captions", "Captions"],
      ["sign", "Sign language: American Sign Language"],
    ]);
  });
  it("says nothing when nothing is given", () => {
    expect(languageBadges({ languages: [], interpretation: null, captions: false })).toEqual([]);
    expect(hasLanguageFacts({})).toBe(false);
    expect(hasLanguageFacts({ captions: true })).toBe(true);
  });
});
