/// The checklist used when a site has no `content/framework.yml`: fifteen pairs of
/// questions in five strands, one question for the local authority (1-15) and one for
/// the civil-society side (I-XV) in each pair. The questions are the project's own
/// wording of the checklist in D. Towell, *Building a better future through civic
/// partnership: six strands of local strategy* (Centre for Inclusive Futures, 2014),
/// whose sixth strand turns the other five into questions for both sides.
enum DefaultFramework {
    static let path = "(built-in framework)"

    /// The checklist in the site's language when civic has it (English and Spanish), else English.
    static func yaml(for language: String) -> String {
        language.lowercased().hasPrefix("es") ? spanish : english
    }

    static let english = """
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

    static let spanish = """
    id: civic-partnership
    title: Lista de comprobación de la alianza cívica
    source: "Towell, D. (2014). Building a better future through civic partnership: six strands of local strategy. Centre for Inclusive Futures."
    scale:
      - {value: 0, label: Sin empezar}
      - {value: 1, label: Comenzando}
      - {value: 2, label: En desarrollo}
      - {value: 3, label: Consolidado}
      - {value: 4, label: Arraigado}
    sides:
      - {id: authority, title: Gobierno local}
      - {id: civil-society, title: Sociedad civil}
    strands:
      - id: valued-outcomes
        title: Definir resultados valorados
        pairs:
          - authority: {id: la1, label: "1", text: "¿Ha acordado el gobierno local con sus socios un pequeño conjunto de resultados valorados que unan medio ambiente, economía y justicia social?"}
            civil-society: {id: cso1, label: "I", text: "¿Hemos dicho con claridad cómo sería una vida mejor para las personas que representamos, en términos que el gobierno local pueda planificar?"}
          - authority: {id: la2, label: "2", text: "¿Muestran los planes y presupuestos del gobierno local cómo contribuye cada servicio a esos resultados?"}
            civil-society: {id: cso2, label: "II", text: "¿Vinculamos nuestros propios proyectos a los resultados compartidos y no solo a nuestros fines particulares?"}
          - authority: {id: la3, label: "3", text: "¿Publica el gobierno local indicadores que permitan a todos ver si los resultados están más cerca?"}
            civil-society: {id: cso3, label: "III", text: "¿Ayudamos a elegir esos indicadores y aportamos la experiencia vivida junto a las cifras?"}
      - id: whole-system
        title: Implicar a todo el sistema
        pairs:
          - authority: {id: la4, label: "4", text: "¿Reúne el gobierno local a otros organismos públicos, empresas y grupos comunitarios en una sola conversación sobre el futuro del territorio?"}
            civil-society: {id: cso4, label: "IV", text: "¿Tejemos alianzas con otros grupos para hablar con una voz más amplia y compartida?"}
          - authority: {id: la5, label: "5", text: "¿Existen espacios estables donde líderes de todos los sectores se reúnen como iguales para decidir prioridades?"}
            civil-society: {id: cso5, label: "V", text: "¿Ocupamos nuestro lugar en esos espacios y rendimos cuentas a las personas a quienes representamos?"}
          - authority: {id: la6, label: "6", text: "¿Comparte el gobierno local la información con la antelación y la apertura suficientes para que los socios influyan en las decisiones?"}
            civil-society: {id: cso6, label: "VI", text: "¿Compartimos abiertamente lo que sabemos de nuestras comunidades con el gobierno local y entre nosotros?"}
      - id: working-inclusively
        title: Trabajar de forma inclusiva
        pairs:
          - authority: {id: la7, label: "7", text: "¿Son accesibles las reuniones, los documentos y los servicios, para que las personas con discapacidad y otros grupos excluidos participen plenamente?"}
            civil-society: {id: cso7, label: "VII", text: "¿Llegamos más allá de nuestros miembros habituales, a las personas a las que rara vez se escucha?"}
          - authority: {id: la8, label: "8", text: "¿Comprueba el gobierno local quién falta en sus consultas y actúa para llegar a esas personas?"}
            civil-society: {id: cso8, label: "VIII", text: "¿Apoyamos a las personas para que hablen por sí mismas, en lugar de hablar solo en su nombre?"}
          - authority: {id: la9, label: "9", text: "¿Financia y valora el gobierno local el tiempo que los vecinos dedican a la alianza?"}
            civil-society: {id: cso9, label: "IX", text: "¿Funcionan nuestras organizaciones de un modo que incluye a todos por igual?"}
      - id: co-producing
        title: Coproducir el futuro
        pairs:
          - authority: {id: la10, label: "10", text: "¿Se diseñan los servicios y las estrategias junto con las personas que los usan, desde el principio?"}
            civil-society: {id: cso10, label: "X", text: "¿Aportamos propuestas prácticas y recursos propios al diseño, y no solo críticas?"}
          - authority: {id: la11, label: "11", text: "¿Asume el gobierno local compromisos públicos, con fechas, e informa sobre ellos?"}
            civil-society: {id: cso11, label: "XI", text: "¿Asumimos compromisos propios e informamos sobre ellos con la misma transparencia?"}
          - authority: {id: la12, label: "12", text: "¿Aprende el gobierno local de lo que salió mal con la misma apertura con que celebra lo que salió bien?"}
            civil-society: {id: cso12, label: "XII", text: "¿Revisamos con honestidad nuestro papel en la alianza y cambiamos de rumbo cuando hace falta?"}
      - id: resilience
        title: Fortalecer la resiliencia
        pairs:
          - authority: {id: la13, label: "13", text: "¿Invierte el gobierno local en la capacidad de la propia comunidad para organizarse y liderar?"}
            civil-society: {id: cso13, label: "XIII", text: "¿Estamos formando nuevos liderazgos y haciendo sostenibles nuestras organizaciones?"}
          - authority: {id: la14, label: "14", text: "¿Se prepara la alianza para las crisis (recortes, fenómenos climáticos, cambios económicos) de modo que los avances las resistan?"}
            civil-society: {id: cso14, label: "XIV", text: "¿Tenemos redes de apoyo mutuo que siguen funcionando en los tiempos difíciles?"}
          - authority: {id: la15, label: "15", text: "¿Tienen en cuenta las decisiones de la alianza su efecto en las generaciones futuras?"}
            civil-society: {id: cso15, label: "XV", text: "¿Mantenemos la mirada larga y exigimos a la alianza el futuro que heredarán nuestros hijos?"}
    """
}
