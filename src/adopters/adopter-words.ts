/**
 * Words that name the people a list is of (`## Adopters`, `### Users`, a data file's `companies:` key): the
 * list the adopters are kept in, beside lists of projects, integrations or partners. Kept apart from the
 * Markdown reader so a data file's engine loads only this.
 */
export const NAMES_ADOPTERS = /\b(?:adopters?|users?|organi[sz]ations?|compan(?:y|ies)|customers?|production)\b/i;

/**
 * The same said in the other languages adopters files are written in (a README's `## 谁在用使用它？`, an
 * `ADOPTERS.zh-CN.md`, `## Quién usa`): the users named, or who uses the project. Words that head a
 * guide for users (`用户指南`, `ユーザーガイド`) name no one.
 */
export const NAMES_ADOPTERS_ELSEWHERE =
  /谁在(?:使)?用|誰在(?:使)?用|谁在使用|采用者|採用者|使用者|用户(?!指南|手册|文档)|用戶(?!指南|手冊|文件)|采用(?:公司|企业|案例)|利用者|導入事例|採用事例|ユーザー(?!ガイド)|사용자(?!\s*가이드)|도입\s*사례|사용\s*사례|пользовател|кто\s+использует|(?:^|[^\p{L}])(?:usuari[oa]s|utilizadores|utilisateurs|anwender|nutzer|utenti|adoptantes|quem\s+usa|qui(?:é|e)n(?:es)?\s+usan?|qui\s+utilise|wer\s+(?:nutzt|verwendet|benutzt))(?:$|[^\p{L}])/iu;

/**
 * A title that heads what is built for a project rather than who uses it (a showcase's `## Tools`,
 * `## Frameworks`, `## Community examples` beside its `## Users`): products, code and reading, not
 * adopters. The whole title: a tier of adopters ("Tier 2 — Open-source tooling") names adopters still.
 */
export const NAMES_BUILT_FOR =
  /^\W*(?:[\p{L}-]+\s+)?(?:tools?|tooling|frameworks?|librar(?:y|ies)|plugins?|extensions?|add-?ons?|bindings?|ports?|wrappers?|sdks?|clients?|examples?|samples?|templates?|boilerplates?|starters?|guides?|tutorials?|articles?|videos?|talks?|resources|utilities)\W*$/iu;

/** A heading over companies: the kind of adopter the form adds when it is told nothing more. */
export const NAMES_COMPANIES =
  /\b(?:industry|industrial|compan(?:y|ies)|commercial|enterprises?|business(?:es)?|corporate|corporations?|startups?)\b/i;

/** A heading over adopters of another kind than companies: universities, governments, people, non-profits. */
export const NAMES_OTHER_ADOPTERS =
  /\b(?:academi[ac]|universit(?:y|ies)|education(?:al)?|schools?|research|government(?:s|al)?|public\s+sector|non-?profits?|ngos?|individuals?|personal|hobby(?:ists?)?|students?)\b/i;
