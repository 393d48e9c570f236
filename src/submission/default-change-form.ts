/**
 * The default adopter change form (update or remove a listed entry), bundled so the bot works in a
 * repository that has none. It must equal `.github/ISSUE_TEMPLATE/adopter-change.yml` byte for byte (a
 * test checks): edit the YAML file, then paste it here.
 */
export const DEFAULT_CHANGE_FORM = `name: Update or remove an adopter
description: Ask to change your organization's entry in ADOPTERS.md, or to take it off the list. A bot checks the form and opens a pull request for the maintainers.
title: 'Adopter change: '
labels: ['adopter-change']
body:
  - type: markdown
    attributes:
      value: |
        Use this form to update your organization's entry (its name, website, description or logo) or to take it
        off the list. A bot finds the entry, shows the exact change in a comment and opens a pull request. A
        maintainer approves it before it is merged.

        Fill in only what changes. Write plain text: no Markdown, HTML, links or mentions.
  - type: input
    id: entry
    attributes:
      label: Organization as listed
      description: The name exactly as the list shows it today.
      placeholder: Acme Corp
    validations:
      required: true
  - type: dropdown
    id: request
    attributes:
      label: Request
      options:
        - Update the entry
        - Remove the entry
    validations:
      required: true
  - type: input
    id: name
    attributes:
      label: New organization name
      description: Only if the name changes (at most 100 characters).
    validations:
      required: false
  - type: input
    id: website
    attributes:
      label: New website
      description: Only if the website changes, starting with https://.
      placeholder: https://acme.example
    validations:
      required: false
  - type: textarea
    id: description
    attributes:
      label: New description
      description: Only if the description changes. One paragraph of plain text (at most 500 characters).
    validations:
      required: false
  - type: input
    id: logo
    attributes:
      label: New logo URL
      description: Only if the logo changes and the list shows logos. An https:// link to the image.
    validations:
      required: false
  - type: textarea
    id: reason
    attributes:
      label: Reason
      description: Why the change? Shown to the maintainers, never written to the file. Optional.
    validations:
      required: false
  - type: checkboxes
    id: consent
    attributes:
      label: Consent
      description: Only someone allowed to speak for the organization may change its listing.
      options:
        - label: I am authorized to change this organization's listing
          required: true
`;

/** Where a project keeps its change form, relative to the repository root. */
export const DEFAULT_CHANGE_FORM_PATH = '.github/ISSUE_TEMPLATE/adopter-change.yml';
