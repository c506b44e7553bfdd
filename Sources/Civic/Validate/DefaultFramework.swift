/// The checklist used when a site has no `content/framework.yml`: fifteen pairs of
/// questions in five strands, one question for the local authority (1-15) and one for
/// the civil-society side (I-XV) in each pair. The questions are the project's own
/// wording of the checklist in D. Towell, *Building a better future through civic
/// partnership: six strands of local strategy* (Centre for Inclusive Futures, 2014),
/// whose sixth strand turns the other five into questions for both sides.
enum DefaultFramework {
    static let path = "(built-in framework)"

    static let yaml = """
    id: civic-partnership
    title: Civic partnership checklist
    source: "Towell, D. (2014). Building a better future through civic partnership: six strands of local strategy. Centre for Inclusive Futures."
    scale:
      - {value: 0, label: Not yet started}
      - {value: 1, label: Beginning}
      - {value: 2, label: Developing}
      - {value: 3, label: Established}
      - {value: 4, label: Embedded}
    sides:
      - {id: authority, title: Local authority}
      - {id: civil-society, title: Civil society}
    strands:
      - id: valued-outcomes
        title: Defining valued outcomes
        pairs:
          - authority: {id: la1, label: "1", text: "Has the council agreed with its partners a small set of valued outcomes that join up the environment, the economy and social justice?"}
            civil-society: {id: cso1, label: "I", text: "Have we said clearly what a better life would look like for the people we represent, in terms the council can plan around?"}
          - authority: {id: la2, label: "2", text: "Do the council's plans and budgets show how each service contributes to those outcomes?"}
            civil-society: {id: cso2, label: "II", text: "Do we link our own projects to the shared outcomes rather than only to our separate aims?"}
          - authority: {id: la3, label: "3", text: "Does the council publish indicators that let everyone see whether the outcomes are getting closer?"}
            civil-society: {id: cso3, label: "III", text: "Do we help choose those indicators and bring evidence from lived experience alongside the figures?"}
      - id: whole-system
        title: Engaging the whole system
        pairs:
          - authority: {id: la4, label: "4", text: "Does the council bring other public bodies, businesses and community groups into one conversation about the area's future?"}
            civil-society: {id: cso4, label: "IV", text: "Do we build alliances with other groups so that we speak with a broader, shared voice?"}
          - authority: {id: la5, label: "5", text: "Are there standing places where leaders from every sector meet as equals to decide priorities?"}
            civil-society: {id: cso5, label: "V", text: "Do we take our seat in those places and report back to the people we speak for?"}
          - authority: {id: la6, label: "6", text: "Does the council share information early and openly enough for partners to shape decisions?"}
            civil-society: {id: cso6, label: "VI", text: "Do we share what we know about our communities openly with the council and with each other?"}
      - id: working-inclusively
        title: Working inclusively
        pairs:
          - authority: {id: la7, label: "7", text: "Are meetings, documents and services accessible, so that disabled people and other excluded groups can take part fully?"}
            civil-society: {id: cso7, label: "VII", text: "Do we reach beyond our usual members to people who are seldom heard?"}
          - authority: {id: la8, label: "8", text: "Does the council check who is missing from its consultations and act to reach them?"}
            civil-society: {id: cso8, label: "VIII", text: "Do we support people to speak for themselves rather than only speaking on their behalf?"}
          - authority: {id: la9, label: "9", text: "Does the council fund and value the time that community members give to the partnership?"}
            civil-society: {id: cso9, label: "IX", text: "Are our own organisations run in ways that include everyone equally?"}
      - id: co-producing
        title: Co-producing the future
        pairs:
          - authority: {id: la10, label: "10", text: "Are services and strategies designed together with the people who use them, from the start?"}
            civil-society: {id: cso10, label: "X", text: "Do we bring practical proposals and our own resources to the design, not only criticism?"}
          - authority: {id: la11, label: "11", text: "Does the council make commitments in public, with dates, and report on them?"}
            civil-society: {id: cso11, label: "XI", text: "Do we make commitments of our own and report on them just as openly?"}
          - authority: {id: la12, label: "12", text: "Does the council learn from what went wrong as openly as it celebrates what went well?"}
            civil-society: {id: cso12, label: "XII", text: "Do we review our part in the partnership honestly and change course when needed?"}
      - id: resilience
        title: Strengthening resilience
        pairs:
          - authority: {id: la13, label: "13", text: "Does the council invest in the community's own capacity to organise and to lead?"}
            civil-society: {id: cso13, label: "XIII", text: "Are we growing new leaders and keeping our organisations sustainable?"}
          - authority: {id: la14, label: "14", text: "Does the partnership plan for shocks (funding cuts, climate events, economic change) so that progress survives them?"}
            civil-society: {id: cso14, label: "XIV", text: "Do we have networks of mutual support that keep going when times are hard?"}
          - authority: {id: la15, label: "15", text: "Do the partnership's decisions take account of their effect on future generations?"}
            civil-society: {id: cso15, label: "XV", text: "Do we keep the long view, holding the partnership to the future our children will inherit?"}
    """
}
