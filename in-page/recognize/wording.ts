// The wordings courts use, matched against normalize()d text (lower case, single spaces).

/** "Link a CM/ECF account to my PACER account", "Link a CM/ECF Account to My PACER Account",
 *  appellate "Link my filer account to my PACER account", "Link CM/ECF Account to PACER Account",
 *  "Link an e-filing account with your PACER account". */
export const LINK_UTILITY =
  /\blink (?:an? |my |your |the )?(?:cm\s?\/\s?ecf|ecf|filer|e-?filing)(?: filer| filing)? account (?:to|with) (?:an? |my |your |the )?(?:upgraded |individual )?pacer account\b/;
export const NEXTGEN_MENU = /\bnextgen release [\d.]+ menu items\b/;
export const UTILITIES = /^utilities$/;
/**
 * "Do you want to link these accounts?"; Colorado bankruptcy: "Verify your account information …
 * Submit"; "Are you sure you want to link …? This action cannot be undone."
 */
export const CONFIRM_QUESTION =
  /\b(?:do you want to link (?:these|the|your) accounts|verify your account information|are you sure\b[^.?]*\blink|(?:action|link|linking) cannot be undone)\b/;
/**
 * Before a report of success, within its sentence: words that make it an instruction or a condition
 * ("Once your PACER account has been linked …", "Make sure that your accounts have been linked").
 */
const NOT_YET = '(?<!(?:once|after|if|when|whenever|before|until|unless|sure|verify|ensure|check)\\b[^.?!:;]{0,40})';

/**
 * "Your PACER account has been linked to your CM/ECF account", "accounts have been linked",
 * "You have successfully linked your account" (Southern District of Iowa's guide), "We confirm that
 * you have …" — never in an instruction or a condition (NOT_YET). No \b before "you" or "accounts":
 * a page's text may run a heading straight into them ("…pacer accountyou have …").
 */
export const LINK_SUCCESS = /* @__PURE__ */ new RegExp(
  `${NOT_YET}pacer account has been linked to your (?:cm\\s?\\/\\s?ecf|filer|e-?filing) account\\b|${NOT_YET}accounts? (?:have|has) been (?:successfully )?linked\\b|${NOT_YET}you have successfully linked your (?:cm\\s?\\/\\s?ecf |pacer |filer |e-?filing )?accounts?\\b`,
);

/** A refusal; not "cannot be undone", which is a confirm page's warning about what follows. */
export const LINK_FAILURE =
  /\b(?:invalid|incorrect|not valid|not recogni[sz]ed|could not|cannot(?! be undone)|unable to|failed|does not match|already linked)\b/;
export const CONTINUE = /^continue$/;
export const SUBMIT = /^(?:submit|link|link accounts|next)$/;
export const CMECF_LINK_TEXT = /\b(?:e-?filing|cm\s?\/\s?ecf|electronic (?:case )?filing|document filing system)\b/;
