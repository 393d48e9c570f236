/**
 * The default adopter issue form, bundled so `validate` and `preview` work in a repository that has
 * none. It must equal `.github/ISSUE_TEMPLATE/adopter.yml` byte for byte (a test checks): edit the YAML
 * file, then paste it here.
 */
export const DEFAULT_ISSUE_FORM = `name: Add my organization as an adopter
description: Ask to be listed in ADOPTERS.md. A bot checks the form and opens a pull request for the maintainers.
title: 'Adopter: '
labels: ['adopter']
body:
  - type: markdown
    attributes:
      value: |
        Thanks for telling us you use the project! Fill in the form and a bot will check it, show a preview of
        your entry in a comment and open a pull request. A maintainer approves it before it is merged.

        Write plain text: no Markdown, HTML, links or mentions in the name and the description.
  - type: input
    id: name
    attributes:
      label: Organization name
      description: The name as it should appear in the list (at most 100 characters).
      placeholder: Acme Corp
    validations:
      required: true
  - type: input
    id: website
    attributes:
      label: Website
      description: The organization's website, starting with https://.
      placeholder: https://acme.example
    validations:
      required: true
  - type: textarea
    id: description
    attributes:
      label: How do you use the project?
      description: One paragraph of plain text (at most 1,000 characters). Optional.
      placeholder: We run it in production to …
    validations:
      required: false
  - type: dropdown
    id: section
    attributes:
      label: Adopter type
      description: Where the entry goes when the list is grouped. Leave empty if the list has no groups.
      options:
        - End user
        - Vendor
        - Project
    validations:
      required: false
  - type: input
    id: logo
    attributes:
      label: Logo URL
      description: An https:// link to your logo (SVG or PNG), if the list shows logos. Optional.
      placeholder: https://acme.example/logo.svg
    validations:
      required: false
  - type: input
    id: contact
    attributes:
      label: GitHub handle of a contact
      description: Someone maintainers can reach about this entry. Shown only if the list has a Contact column. Optional.
      placeholder: '@octocat'
    validations:
      required: false
  - type: checkboxes
    id: consent
    attributes:
      label: Consent
      description: We list organizations only with their permission.
      options:
        - label: I am authorized to list this organization publicly
          required: true
`;

/** Where a project keeps its adopter form, relative to the repository root. */
export const DEFAULT_ISSUE_FORM_PATH = '.github/ISSUE_TEMPLATE/adopter.yml';
