/// The checklist used when a site has no `content/framework.yml`: fifteen pairs of
/// questions in five strands, one question for the local authority (1-15) and one for
/// the civil-society side (I-XV) in each pair, in the order and with the substance of the
/// checklist in D. Towell, *Building a better future through civic partnership: six
/// strands of local strategy* (Centre for Inclusive Futures, 2014), whose sixth strand
/// ("Seeking cooperative solutions") turns the other five into questions for both sides.
/// The wording is the project's own; each question asks "How well ...?" so that it can be
/// rated. The 0-4 rating scale is civic's, not the pamphlet's.
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
          - authority: {id: la1, label: "1", topic: "The triple bottom line", text: "How well has the council set out its responsibility for the triple bottom line: protecting the environment, a sustainable local economy and more social justice for everyone?"}
            civil-society: {id: cso1, label: "I", topic: "Goals as valued outcomes", text: "How well has the organisation stated its goals as valued outcomes (for example, the rights in the UN Convention on the Rights of Persons with Disabilities)?"}
          - authority: {id: la2, label: "2", topic: "Wide participation in setting goals", text: "How well has the council opened ways for many people to take part in agreeing the area's strategic goals and acting on them?"}
            civil-society: {id: cso2, label: "II", topic: "Goals that serve the area's wider priorities", text: "How well is the organisation exploring how its goals could help progress on the area's wider priorities (for example, how more disabled people in work strengthens the local economy)?"}
          - authority: {id: la3, label: "3", topic: "Goals written as valued outcomes", text: "How clearly are those goals written as valued outcomes that guide and evaluate a wide range of local action?"}
            civil-society: {id: cso3, label: "III", topic: "Its interests built into other policies", text: "How well is the organisation working to have its interests built into action on other priorities (for example, accessibility as a core part of transport policy)?"}
      - id: whole-system
        title: Engaging the whole system
        pairs:
          - authority: {id: la4, label: "4", topic: "Leadership that brings people together", text: "How well is the council's leadership creating chances for local people and organisations to come together and make sense of local challenges?"}
            civil-society: {id: cso4, label: "IV", topic: "Members' views in shared sense-making", text: "How well is the organisation bringing its members' views and experience into the area's shared sense-making?"}
          - authority: {id: la5, label: "5", topic: "Working across departments and agencies", text: "How well is the council working across departments and agencies to work out what each can contribute to the agreed outcomes?"}
            civil-society: {id: cso5, label: "V", topic: "Links with related organisations", text: "How well is the organisation exploring links with other organisations whose aims are related or complementary?"}
          - authority: {id: la6, label: "6", topic: "From joint working to action", text: "How well does this joint working turn into effective action?"}
            civil-society: {id: cso6, label: "VI", topic: "A part in local initiatives", text: "How well is the organisation playing its part in local initiatives, reaching out to residents or helping to deliver?"}
      - id: co-producing
        title: Co-producing the future
        pairs:
          - authority: {id: la7, label: "7", topic: "Communities as partners", text: "How well is the council inviting communities and civic associations to be partners in shaping and delivering action on local priorities?"}
            civil-society: {id: cso7, label: "VII", topic: "Members' capacity to be partners", text: "How well is the organisation building its members' capacity (for example, through community organising) to be strong partners of public bodies?"}
          - authority: {id: la8, label: "8", topic: "Devolution to neighbourhoods and the front line", text: "How well are public services passing leadership down to neighbourhoods and giving front-line staff the freedom to work with each person as an individual?"}
            civil-society: {id: cso8, label: "VIII", topic: "Peer support", text: "How well is the organisation strengthening peer support (shared information, advice and advocacy) among interested residents?"}
          - authority: {id: la9, label: "9", topic: "Future generations", text: "How well do local arrangements make sure that policy-making takes account of future generations?"}
            civil-society: {id: cso9, label: "IX", topic: "Thinking through a better future", text: "How well is the organisation helping its members think through what it will take to secure a better future?"}
      - id: resilience
        title: Strengthening resilience
        pairs:
          - authority: {id: la10, label: "10", topic: "Local democratic control", text: "How well is the council strengthening local democratic control over how the area responds to unexpected challenges?"}
            civil-society: {id: cso10, label: "X", topic: "A democracy with many voices", text: "How well is the organisation supporting its members to play their part in a local democracy with many voices?"}
          - authority: {id: la11, label: "11", topic: "A self-reliant local economy", text: "How well is the council helping the local economy become more self-reliant and local resources be looked after responsibly?"}
            civil-society: {id: cso11, label: "XI", topic: "Sustainable economic development", text: "How well is the organisation lining up its interests with sustainable economic development (for example, by joining green initiatives)?"}
          - authority: {id: la12, label: "12", topic: "Cohesion and mutual support", text: "How well is the council helping local communities become places of social cohesion and mutual support?"}
            civil-society: {id: cso12, label: "XII", topic: "Social networks for well-being", text: "How well is the organisation connecting people through social networks that support everyone's well-being?"}
      - id: working-inclusively
        title: Working inclusively
        pairs:
          - authority: {id: la13, label: "13", topic: "Diverse participation", text: "How well is the council welcoming diverse participation and listening to people at risk of being left out?"}
            civil-society: {id: cso13, label: "XIII", topic: "Reaching people on the margins", text: "How well is the organisation welcoming diverse participation and reaching out to people on the margins?"}
          - authority: {id: la14, label: "14", topic: "A listening culture", text: "How well is the council building a listening culture that learns from different points of view?"}
            civil-society: {id: cso14, label: "XIV", topic: "Listening to different points of view", text: "How well is the organisation helping its members listen carefully to different points of view?"}
          - authority: {id: la15, label: "15", topic: "Participatory methods such as World Café", text: "How well is the council using participatory methods (such as World Café) that build shared understanding and the will to act on big challenges?"}
            civil-society: {id: cso15, label: "XV", topic: "Conversations that matter", text: "How well is the organisation supporting its members to take part in the many local opportunities for conversations that matter?"}
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
          - authority: {id: la1, label: "1", topic: "El triple balance", text: "¿En qué medida ha asumido el gobierno local su responsabilidad con el triple balance: proteger el medio ambiente, una economía local sostenible y más justicia social para todas las personas?"}
            civil-society: {id: cso1, label: "I", topic: "Metas como resultados valorados", text: "¿En qué medida ha expresado la organización sus fines como resultados valorados (por ejemplo, los derechos de la Convención de la ONU sobre los Derechos de las Personas con Discapacidad)?"}
          - authority: {id: la2, label: "2", topic: "Amplia participación en fijar las metas", text: "¿En qué medida ha abierto el gobierno local cauces para que mucha gente participe en acordar los objetivos estratégicos del territorio y en llevarlos a la práctica?"}
            civil-society: {id: cso2, label: "II", topic: "Metas al servicio de las prioridades del territorio", text: "¿En qué medida explora la organización cómo sus fines pueden ayudar a avanzar en las prioridades más amplias del territorio (por ejemplo, cómo más personas con discapacidad con empleo fortalecen la economía local)?"}
          - authority: {id: la3, label: "3", topic: "Metas escritas como resultados valorados", text: "¿Con qué claridad están formulados esos objetivos como resultados valorados que orientan y evalúan una amplia gama de acciones locales?"}
            civil-society: {id: cso3, label: "III", topic: "Sus intereses en otras políticas", text: "¿En qué medida trabaja la organización para que sus intereses formen parte de la acción en otras prioridades (por ejemplo, la accesibilidad como parte central de la política de transporte)?"}
      - id: whole-system
        title: Implicar a todo el sistema
        pairs:
          - authority: {id: la4, label: "4", topic: "Un liderazgo que reúne a la gente", text: "¿En qué medida crea el liderazgo del gobierno local ocasiones para que vecinos y organizaciones se reúnan y den sentido juntos a los retos locales?"}
            civil-society: {id: cso4, label: "IV", topic: "La voz de sus miembros en el análisis compartido", text: "¿En qué medida lleva la organización las opiniones y la experiencia de sus miembros a la reflexión compartida del territorio?"}
          - authority: {id: la5, label: "5", topic: "Trabajo entre áreas y organismos", text: "¿En qué medida trabaja el gobierno local entre departamentos y organismos para definir qué puede aportar cada uno a los resultados acordados?"}
            civil-society: {id: cso5, label: "V", topic: "Vínculos con organizaciones afines", text: "¿En qué medida explora la organización vínculos con otras organizaciones de fines afines o complementarios?"}
          - authority: {id: la6, label: "6", topic: "Del trabajo conjunto a la acción", text: "¿En qué medida se traduce ese trabajo conjunto en una acción eficaz?"}
            civil-society: {id: cso6, label: "VI", topic: "Su parte en las iniciativas locales", text: "¿En qué medida cumple la organización su papel en las iniciativas locales, acercándose a los vecinos o ayudando a ejecutarlas?"}
      - id: co-producing
        title: Coproducir el futuro
        pairs:
          - authority: {id: la7, label: "7", topic: "Las comunidades como socias", text: "¿En qué medida invita el gobierno local a las comunidades y asociaciones cívicas a ser socias en el diseño y la ejecución de la acción sobre las prioridades locales?"}
            civil-society: {id: cso7, label: "VII", topic: "La capacidad de sus miembros para asociarse", text: "¿En qué medida desarrolla la organización la capacidad de sus miembros (por ejemplo, mediante la organización comunitaria) para ser socios sólidos de los organismos públicos?"}
          - authority: {id: la8, label: "8", topic: "Descentralización hacia los barrios y la primera línea", text: "¿En qué medida delegan los servicios públicos el liderazgo en los barrios y dan libertad al personal de primera línea para trabajar con cada persona como individuo?"}
            civil-society: {id: cso8, label: "VIII", topic: "Apoyo entre pares", text: "¿En qué medida refuerza la organización el apoyo entre iguales (información, asesoramiento y defensa compartidos) entre los vecinos interesados?"}
          - authority: {id: la9, label: "9", topic: "Las generaciones futuras", text: "¿En qué medida garantizan las estructuras locales que la elaboración de políticas tenga en cuenta a las generaciones futuras?"}
            civil-society: {id: cso9, label: "IX", topic: "Pensar un futuro mejor", text: "¿En qué medida ayuda la organización a sus miembros a pensar qué hará falta para asegurar un futuro mejor?"}
      - id: resilience
        title: Fortalecer la resiliencia
        pairs:
          - authority: {id: la10, label: "10", topic: "Control democrático local", text: "¿En qué medida refuerza el gobierno local el control democrático local sobre cómo responde el territorio a los retos imprevistos?"}
            civil-society: {id: cso10, label: "X", topic: "Una democracia de muchas voces", text: "¿En qué medida apoya la organización a sus miembros para que participen en una democracia local de muchas voces?"}
          - authority: {id: la11, label: "11", topic: "Una economía local autosuficiente", text: "¿En qué medida ayuda el gobierno local a que la economía local sea más autosuficiente y a que los recursos locales se cuiden de forma responsable?"}
            civil-society: {id: cso11, label: "XI", topic: "Desarrollo económico sostenible", text: "¿En qué medida alinea la organización sus intereses con un desarrollo económico sostenible (por ejemplo, sumándose a iniciativas verdes)?"}
          - authority: {id: la12, label: "12", topic: "Cohesión y apoyo mutuo", text: "¿En qué medida ayuda el gobierno local a que las comunidades sean lugares de cohesión social y apoyo mutuo?"}
            civil-society: {id: cso12, label: "XII", topic: "Redes sociales para el bienestar", text: "¿En qué medida conecta la organización a las personas mediante redes sociales que sostienen el bienestar de todos?"}
      - id: working-inclusively
        title: Trabajar de forma inclusiva
        pairs:
          - authority: {id: la13, label: "13", topic: "Participación diversa", text: "¿En qué medida acoge el gobierno local una participación diversa y escucha a las personas en riesgo de quedar excluidas?"}
            civil-society: {id: cso13, label: "XIII", topic: "Llegar a quienes están al margen", text: "¿En qué medida acoge la organización una participación diversa y se acerca a las personas en los márgenes?"}
          - authority: {id: la14, label: "14", topic: "Una cultura de escucha", text: "¿En qué medida construye el gobierno local una cultura de escucha que aprende de puntos de vista diferentes?"}
            civil-society: {id: cso14, label: "XIV", topic: "Escuchar puntos de vista distintos", text: "¿En qué medida ayuda la organización a sus miembros a escuchar con atención puntos de vista diferentes?"}
          - authority: {id: la15, label: "15", topic: "Métodos participativos como el Café del Mundo", text: "¿En qué medida usa el gobierno local métodos participativos (como el Café del Mundo) que construyen una comprensión compartida y la voluntad de actuar ante los grandes retos?"}
            civil-society: {id: cso15, label: "XV", topic: "Conversaciones que importan", text: "¿En qué medida apoya la organización a sus miembros para que participen en las muchas oportunidades locales de conversaciones que importan?"}
    """
}
