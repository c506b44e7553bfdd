/// The small partnership `civic init` starts a site with: valid as it is, and a pattern
/// to copy for every kind of entry.
enum StarterSite {
    static let files: [String: String] = [
        // The site a build replaces is kept beside the output to make the next build quick.
        ".gitignore": "/.civic-*\n",
        "content/site.yml": """
        name: Our Town Together
        locality: Our Town
        summary: The council and the town's community groups, working as equals for a greener and fairer town.
        base_url: https://example.org/
        language: en-GB
        licence: CC-BY-4.0
        timezone: Europe/London
        contact:
          email: partnership@example.org
        # Where these files are kept in git: each page then links to its file in the host's
        # editor ("Edit this page"). See docs/publishing.md.
        # repository:
        #   url: https://github.com/our-town/partnership
        #   branch: main

        """,
        "content/partners/town-council.md": """
        ---
        name: Our Town Council
        kind: local-authority
        ---
        The elected council for the town.

        """,
        "content/partners/disability-network.md": """
        ---
        name: Our Town Disability Network
        kind: civil-society
        ---
        An alliance of disabled people's organisations, run by disabled people.

        """,
        "content/outcomes/accessible-transport.md": """
        ---
        title: Everyone can get around town
        pillar: economy
        summary: Buses, pavements and crossings work for everyone.
        leads: [disability-network, town-council]
        indicators:
          - id: step-free-stops
            title: Bus stops with step-free boarding
            unit: "%"
            direction: increase
            baseline: {date: 2024, value: 30}
            target: {date: 2030, value: 90}
            data:
              - {date: 2024, value: 30}
              - {date: 2025, value: 38}
            source: Town council transport team
        ---
        Why this outcome matters, in the words of the people it matters to.

        """,
        "content/commitments/step-free-stops.md": """
        ---
        title: Make 90% of bus stops step-free by 2030
        lead: town-council
        partners: disability-network
        outcomes: accessible-transport
        status: in-progress
        start: 2025-01-01
        due: 2030-12-31
        updates:
          - date: 2025-06-30
            progress: 15
            note: The first 20 stops are done.
        ---
        What the council will do, and how the Disability Network checks it.

        """,
        "content/pages/index.md": """
        ---
        title: Welcome
        ---
        This site is our partnership's public learning: what we agreed, what we committed to,
        and how far we have come.

        """,
        "content/pages/get-involved.md": """
        ---
        title: Get involved
        nav_order: 1
        ---
        Come to one of our [conversations](/conversations/), or email us.

        """,
    ]
}
