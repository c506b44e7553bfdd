/// The continuous-integration files `civic init` writes into a partnership's repository, so
/// that every proposed change is checked and the default branch is published, with no one
/// in the partnership having to write CI. Both install civic from its released Debian
/// package, pinned to the version that wrote them, inside a Debian 12 container (the system
/// the package is built and tested on). `docs/publishing.md` explains them step by step.
public enum CIWorkflows {
    /// The files by their path in the repository.
    public static func files(version: String = CivicVersion.number,
                             packageURL: String = CivicVersion.debianPackageURL) -> [String: String] {
        [
            ".github/workflows/civic.yml": github(version: version, packageURL: packageURL),
            ".gitlab-ci.yml": gitlab(version: version, packageURL: packageURL),
        ]
    }

    /// GitHub Actions: on a pull request, `civic check --format github` (each problem an
    /// annotation on the changed line), then a build; on the default branch, the build is
    /// published with GitHub's own Pages actions.
    static func github(version: String, packageURL: String) -> String {
        """
        # Written by civic \(version) (civic init). On every pull request, civic checks the
        # content (each problem is shown on the line that has it) and builds the site; on the
        # default branch, the site is published to GitHub Pages. To turn publishing on: the
        # repository's Settings > Pages > Build and deployment > Source: GitHub Actions.
        # See https://github.com/civic-partnerships/civic/blob/main/docs/publishing.md
        name: civic

        on:
          pull_request:
          push:
          workflow_dispatch:

        permissions:
          contents: read

        concurrency:
          group: civic-${{ github.ref }}
          cancel-in-progress: ${{ github.event_name == 'pull_request' }}

        env:
          CIVIC_VERSION: "\(version)"
          CIVIC_PACKAGE: \(packageURL)

        jobs:
          build:
            runs-on: ubuntu-latest
            container: debian:12
            steps:
              - name: Install civic
                run: |
                  apt-get update -qq
                  apt-get install -y -qq --no-install-recommends ca-certificates curl git
                  curl -fsSL -o /tmp/civic.deb "$CIVIC_PACKAGE"
                  apt-get install -y -qq /tmp/civic.deb
                  civic --version
              - uses: actions/checkout@v4
                with:
                  # The whole history: each page's "Last updated" date is read from it.
                  fetch-depth: 0
              - name: Check the content
                run: |
                  git config --global --add safe.directory "$GITHUB_WORKSPACE"
                  civic check --site . --format github
              - name: Build the site
                run: civic build --site .
              - if: github.ref_name == github.event.repository.default_branch && github.event_name != 'pull_request'
                uses: actions/upload-pages-artifact@v3
                with:
                  path: public

          deploy:
            if: github.ref_name == github.event.repository.default_branch && github.event_name != 'pull_request'
            needs: build
            runs-on: ubuntu-latest
            permissions:
              pages: write
              id-token: write
            environment:
              name: github-pages
              url: ${{ steps.deployment.outputs.page_url }}
            steps:
              - id: deployment
                uses: actions/deploy-pages@v4

        """
    }

    /// GitLab CI/CD: on a merge request, `civic check --format gitlab` gives a Code Quality
    /// report the merge request shows, then a build; on the default branch, the `pages` job
    /// publishes the site to GitLab Pages.
    static func gitlab(version: String, packageURL: String) -> String {
        """
        # Written by civic \(version) (civic init). On every merge request, civic checks the
        # content (its problems appear in the merge request's Code Quality report) and builds
        # the site; on the default branch, the pages job publishes it to GitLab Pages.
        # See https://github.com/civic-partnerships/civic/blob/main/docs/publishing.md

        image: debian:12

        variables:
          CIVIC_VERSION: "\(version)"
          CIVIC_PACKAGE: \(packageURL)
          # The whole history: each page's "Last updated" date is read from it.
          GIT_DEPTH: "0"

        workflow:
          rules:
            - if: $CI_PIPELINE_SOURCE == "merge_request_event"
            - if: $CI_COMMIT_BRANCH && $CI_OPEN_MERGE_REQUESTS
              when: never
            - if: $CI_COMMIT_BRANCH

        default:
          before_script:
            - apt-get update -qq
            - apt-get install -y -qq --no-install-recommends ca-certificates curl git
            - curl -fsSL -o /tmp/civic.deb "$CIVIC_PACKAGE"
            - apt-get install -y -qq /tmp/civic.deb
            - civic --version
            - git config --global --add safe.directory "$CI_PROJECT_DIR"

        stages:
          - check
          - deploy

        check:
          stage: check
          script:
            # The report for the merge request; on a problem, the same in words in the log.
            - civic check --site . --format gitlab > gl-code-quality-report.json || { civic check --site .; exit 1; }
            - civic build --site . --output site-preview
          artifacts:
            when: always
            reports:
              codequality: gl-code-quality-report.json
          rules:
            - if: $CI_COMMIT_BRANCH != $CI_DEFAULT_BRANCH

        pages:
          stage: deploy
          script:
            - civic check --site .
            - civic build --site .
          artifacts:
            paths:
              - public
          rules:
            - if: $CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH

        """
    }
}
