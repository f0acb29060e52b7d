//! A small built-in lexicon of general-knowledge word lists (written for this
//! project, not drawn from any annotated corpus) so gazetteer features carry
//! signal before the team gazetteer is wired in. Each list is one class bit;
//! lists are whitespace-separated words so they stay compact and diffable.

use std::sync::OnceLock;

use super::lexicon::{Lexicon, WordListLexicon};

pub const INSTITUTION: u32 = 0;
pub const TITLE: u32 = 1;
pub const COUNTRY: u32 = 2;
pub const DEMONYM: u32 = 3;
pub const CITY: u32 = 4;
pub const GIVEN_NAME: u32 = 5;
pub const CALENDAR: u32 = 6;
pub const COMPANY_SUFFIX: u32 = 7;
pub const PLACE_WORD: u32 = 8;
pub const REGION: u32 = 9;
pub const SURNAME: u32 = 10;

const INSTITUTIONS: &str = "\
    University College School Ministry Department Bank Agency Council Party Committee \
    Commission Association Institute Center Centre Group Federation Union League Club Court \
    Parliament Congress Senate Assembly Board Authority Office Bureau Service Fund \
    Foundation Organisation Organization Society Army Navy Police Government Exchange \
    Airlines Airways Motors Holdings Industries Bancorp Trust Securities Capital Partners \
    Press Times News Journal Post Herald Television Radio Network Hospital Church Front \
    Movement Alliance Coalition Forces Guard Cabinet Administration Corporation Company \
    Communications Systems Technologies Energy Petroleum Oil Insurance Investment \
    Investments Reserve Electric Chemical Pharmaceuticals Steel \
    Ministry Bancorp Banco Banque Bourse Directorate Secretariat Tribunal Prosecutor Chamber \
    Consortium Cooperative Syndicate Brotherhood Airline Railways Railway Telecom Telecommunications \
    Broadcasting Stadium Academy Polytechnic Observatory Laboratory Laboratories Museum Library \
    Orchestra Rangers United Athletic Wanderers Rovers Albion Olympique Sporting Real Dynamo \
    Spartak Lokomotiv Inter Juventus Celtic Hotspur Forest County Town";

const TITLES: &str = "\
    President Minister Prime Chancellor Secretary Governor Mayor Senator Sen Rep \
    Representative Ambassador Envoy King Queen Prince Princess Pope Bishop Archbishop \
    Cardinal Rabbi Sheikh General Gen Colonel Col Major Captain Lieutenant Admiral Sergeant \
    Judge Justice Chairman Chairwoman Chief CEO Director Manager Coach Spokesman Spokeswoman \
    Spokesperson Analyst Economist Dr Mr Mrs Ms Miss Sir Lord Lady Professor Prof Vice \
    Deputy Commander Leader Premier Dictator Emperor Sultan Emir Ayatollah Father Brother \
    Sister Saint St Attorney Officer Inspector Detective Striker Midfielder Defender \
    Goalkeeper Chairperson Founder Editor Correspondent";

const COUNTRIES: &str = "\
    Afghanistan Albania Algeria Andorra Angola Argentina Armenia Australia Austria \
    Azerbaijan Bahamas Bahrain Bangladesh Barbados Belarus Belgium Belize Benin Bhutan \
    Bolivia Bosnia Herzegovina Botswana Brazil Brunei Bulgaria Burundi Cambodia Cameroon \
    Canada Chad Chile China Colombia Comoros Congo Croatia Cuba Cyprus Czech Denmark \
    Djibouti Dominica Ecuador Egypt Salvador Eritrea Estonia Ethiopia Fiji Finland France \
    Gabon Gambia Georgia Germany Ghana Greece Grenada Guatemala Guinea Guyana Haiti Honduras \
    Hungary Iceland India Indonesia Iran Iraq Ireland Israel Italy Jamaica Japan Jordan \
    Kazakhstan Kenya Kiribati Korea Kosovo Kuwait Kyrgyzstan Laos Latvia Lebanon Lesotho \
    Liberia Libya Liechtenstein Lithuania Luxembourg Macedonia Madagascar Malawi Malaysia \
    Maldives Mali Malta Mauritania Mauritius Mexico Moldova Monaco Mongolia Montenegro \
    Morocco Mozambique Myanmar Burma Namibia Nauru Nepal Netherlands Holland Nicaragua Niger \
    Nigeria Norway Oman Pakistan Palau Palestine Panama Paraguay Peru Philippines Poland \
    Portugal Qatar Romania Russia Rwanda Samoa Senegal Serbia Seychelles Singapore Slovakia \
    Slovenia Somalia Spain Sudan Suriname Swaziland Sweden Switzerland Syria Taiwan \
    Tajikistan Tanzania Thailand Togo Tonga Trinidad Tobago Tunisia Turkey Turkmenistan \
    Tuvalu Uganda Ukraine Emirates Britain England Scotland Wales USA U.S. US UK Uruguay \
    Uzbekistan Vanuatu Vatican Venezuela Vietnam Yemen Yugoslavia Zambia Zaire Zimbabwe";

const DEMONYMS: &str = "\
    Afghan Albanian Algerian American Argentine Argentinian Armenian Australian Austrian \
    Belgian Bolivian Bosnian Brazilian British Bulgarian Canadian Chilean Chinese Colombian \
    Croat Croatian Cuban Cypriot Czech Danish Dutch Egyptian English Estonian Ethiopian \
    European Filipino Finnish French Georgian German Greek Hungarian Indian Indonesian \
    Iranian Iraqi Irish Israeli Italian Japanese Jordanian Kenyan Korean Kurdish Kuwaiti \
    Latvian Lebanese Libyan Lithuanian Malaysian Mexican Moroccan Nigerian Norwegian \
    Pakistani Palestinian Peruvian Polish Portuguese Romanian Russian Rwandan Saudi Scottish \
    Serb Serbian Slovak Slovenian Somali Spanish Sudanese Swedish Swiss Syrian Taiwanese \
    Thai Tunisian Turkish Ugandan Ukrainian Uruguayan Venezuelan Vietnamese Welsh Yemeni \
    Zimbabwean Asian African Arab Muslim Christian Catholic Protestant Jewish Islamic Hindu \
    Buddhist Sikh Shi'ite Sunni Western Latin";

const CITIES: &str = "\
    London Paris Berlin Madrid Rome Moscow Beijing Tokyo Seoul Delhi Mumbai Bombay Karachi \
    Cairo Lagos Nairobi Johannesburg Sydney Melbourne Toronto Montreal Vancouver Chicago \
    Boston Washington Angeles Francisco Houston Dallas Miami Atlanta Detroit Philadelphia \
    Seattle Denver York Brussels Amsterdam Vienna Prague Warsaw Budapest Athens Istanbul \
    Ankara Tehran Baghdad Jerusalem Beirut Damascus Amman Riyadh Dubai Kabul Islamabad Dhaka \
    Bangkok Jakarta Manila Hanoi Shanghai Kong Taipei Osaka Lima Bogota Caracas Santiago \
    Aires Janeiro Sao Havana Geneva Zurich Frankfurt Munich Hamburg Milan Naples Barcelona \
    Lisbon Dublin Edinburgh Manchester Liverpool Stockholm Oslo Copenhagen Helsinki Kiev \
    Minsk Belgrade Sarajevo Zagreb Bucharest Sofia Algiers Tunis Rabat Khartoum Kinshasa \
    Harare Pretoria Wellington Auckland Singapore Canberra Ottawa Gaza Hebron Grozny \
    Strasbourg Luxembourg \
    Abidjan Accra Addis Ababa Adelaide Alexandria Almaty Amritsar Antwerp Asuncion Baku Bamako \
    Bangalore Basra Belfast Bern Bilbao Birmingham Bologna Bonn Bordeaux Brasilia Bratislava \
    Brisbane Bristol Buffalo Calcutta Kolkata Calgary Cape Casablanca Chennai Madras Chittagong \
    Cologne Colombo Dakar Dar Salaam Davos Dortmund Dresden Durban Dusseldorf Florence Fukuoka \
    Genoa Glasgow Gothenburg Guangzhou Canton Hanover Harbin Helsingborg Hiroshima Ho Chi Minh \
    Honolulu Hyderabad Jeddah Kampala Kandahar Karachi Kathmandu Khartoum Kigali Kingston Kobe \
    Krakow Kuala Lumpur Kyoto Lahore Lausanne Leeds Leipzig Lille Luanda Lusaka Lyon Macau Managua \
    Mandalay Maputo Marseille Mecca Medellin Milwaukee Minneapolis Mogadishu Monrovia Montevideo \
    Mosul Nagoya Nanjing Nantes Nice Nicosia Orlando Palermo Phoenix Phnom Penh Pittsburgh \
    Portland Porto Quebec Quito Rangoon Yangon Reykjavik Riga Rotterdam Sacramento Seville \
    Shenzhen Skopje Stuttgart Surabaya Tallinn Tashkent Tbilisi Tegucigalpa Tianjin Tirana Toulouse \
    Turin Valencia Vilnius Warsaw Wuhan Yerevan Yokohama Zagreb Baltimore Cleveland Cincinnati \
    Charlotte Nashville Memphis Indianapolis Columbus Oakland Diego Jose Antonio Vegas Orleans \
    Louis Kansas Tampa Anaheim Ottawa Winnipeg Edmonton Halifax Belgrade Podgorica Pristina \
    Tuzla Mostar Srebrenica Banja Luka Split Dubrovnik Gdansk Lodz Poznan Brno Kosice Debrecen";

const SURNAMES: &str = "\
    Smith Johnson Williams Brown Jones Miller Davis Wilson Anderson Taylor Thomas Moore Jackson \
    Martin Lee Thompson White Harris Clark Lewis Robinson Walker Young Allen King Wright Scott Green \
    Baker Adams Nelson Hill Campbell Mitchell Roberts Carter Phillips Evans Turner Parker Collins \
    Edwards Stewart Morris Murphy Cook Rogers Morgan Cooper Peterson Reed Bailey Bell Kelly Howard \
    Ward Cox Richardson Wood Watson Brooks Bennett Gray James Hughes Price Sanders Myers Long Ross \
    Foster Powell Jenkins Perry Russell Sullivan Butler Barnes Fisher Henderson Coleman Simmons \
    Patterson Jordan Reynolds Hamilton Graham Wallace Cole West Stone Hunt Black Palmer Mills \
    Garcia Martinez Rodriguez Hernandez Lopez Gonzalez Perez Sanchez Ramirez Torres Flores Rivera \
    Gomez Diaz Cruz Morales Ortiz Gutierrez Chavez Ruiz Alvarez Castillo Jimenez Moreno Romero \
    Muller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Koch Richter Klein \
    Wolf Schroeder Neumann Braun Zimmermann Kruger Hartmann Lange Werner Krause Rossi Russo Ferrari \
    Esposito Bianchi Romano Colombo Ricci Marino Greco Bruno Gallo Conti Costa Dubois Durand Leroy \
    Moreau Simon Laurent Lefebvre Michel Bernard Petit Roux Fournier Girard Ivanov Smirnov Petrov \
    Popov Sokolov Kuznetsov Volkov Kozlov Novak Kowalski Nowak Wisniewski Jansen Visser Bakker \
    Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo Lin Tanaka Suzuki Sato \
    Takahashi Watanabe Yamamoto Nakamura Kobayashi Kato Park Choi Kang Nguyen Tran Singh Kumar \
    Sharma Patel Gupta Khan Shah Ali Hussain Rahman Ahmed Hassan Ibrahim O'Brien O'Neill McDonald \
    MacDonald Murray Kennedy Ryan Byrne Walsh Doyle Quinn Hansen Johansson Andersson Nilsson \
    Larsson Olsen Pedersen Nielsen Jensen Eriksson Berg Lindqvist Silva Santos Oliveira Pereira \
    Ferreira Almeida Carvalho Rocha Yilmaz Kaya Demir Papadopoulos Kovac Horvat Petrovic Jovanovic";

const CALENDAR_WORDS: &str = "\
    January February March April May June July August September October November December \
    Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Monday Tuesday Wednesday Thursday \
    Friday Saturday Sunday";

const COMPANY_SUFFIXES: &str = "\
    Inc Inc. Corp Corp. Co Co. Ltd Ltd. Plc PLC LLC AG SA S.A. NV N.V. GmbH SpA AB ASA Bhd \
    Pty L.P. LP Cos";

const PLACE_WORDS: &str = "\
    River Lake Mountain Mountains Mount Island Islands Sea Ocean Gulf Bay Valley Street \
    Avenue Square Road Bridge Province State County City Republic Kingdom Strait Peninsula \
    Coast Desert Hills Park Airport Port Canal Basin Plateau District Region";

const REGIONS: &str = "\
    Europe Asia Africa America Americas Australasia Antarctica Arctic Balkans Caribbean \
    Scandinavia Siberia Mideast Middle East West North South Central Pacific Atlantic \
    Mediterranean Baltic Gulf Caucasus Kashmir Chechnya Kurdistan Tibet Sahara Latin";

const GIVEN_NAMES: &str = "\
    John James Robert Michael William David Richard Joseph Thomas Charles Christopher Daniel \
    Matthew Anthony Mark Donald Steven Paul Andrew Joshua Kenneth Kevin Brian George Edward \
    Ronald Timothy Jason Jeffrey Ryan Jacob Gary Nicholas Eric Jonathan Stephen Larry Justin \
    Scott Brandon Benjamin Samuel Frank Gregory Raymond Alexander Patrick Jack Dennis Jerry \
    Tyler Aaron Henry Peter Adam Douglas Nathan Zachary Walter Kyle Harold Carl Jeremy Keith \
    Roger Gerald Ethan Arthur Terry Christian Sean Lawrence Austin Joe Noah Jesse Albert \
    Bryan Billy Bruce Willie Jordan Dylan Alan Ralph Gabriel Roy Juan Wayne Eugene Logan \
    Randy Louis Russell Vincent Philip Bobby Johnny Bradley Mary Patricia Jennifer Linda \
    Elizabeth Barbara Susan Jessica Sarah Karen Nancy Lisa Margaret Betty Sandra Ashley \
    Dorothy Kimberly Emily Donna Michelle Carol Amanda Melissa Deborah Stephanie Rebecca \
    Laura Sharon Cynthia Kathleen Amy Shirley Angela Helen Anna Brenda Pamela Nicole Ruth \
    Katherine Samantha Christine Catherine Virginia Debra Rachel Janet Emma Carolyn Maria \
    Heather Diane Julie Joyce Evelyn Joan Victoria Kelly Christina Lauren Frances Martha \
    Judith Cheryl Megan Andrea Olivia Ann Jean Alice Jacqueline Hannah Doris Kathryn Gloria \
    Teresa Sara Janice Marie Julia Grace Judy Theresa Madison Beverly Denise Marilyn Amber \
    Danielle Rose Brittany Diana Abigail Natalie Jane Lori Alexis Tiffany Kayla Hans Klaus \
    Jurgen Wolfgang Helmut Dieter Franz Karl Pierre Jean-Pierre Jacques Francois Philippe \
    Alain Michel Nicolas Giuseppe Giovanni Marco Luca Paolo Carlos Jose Luis Miguel Jorge \
    Pedro Manuel Antonio Francisco Javier Sergei Vladimir Boris Ivan Viktor Dmitry Alexei \
    Igor Yuri Andrei Mikhail Nikolai Ahmed Mohammed Muhammad Ali Hassan Hussein Omar Mahmoud \
    Abdul Ibrahim Yusuf Khalid Wei Li Zhang Hiroshi Takashi Kenji Raj Sanjay Rahul Jan Piotr \
    Tomas Lars Erik Anders Sven Ole Nils Stefan Martin Tony Jim Tom Bob Bill Mike Dave Steve \
    Chris Dan Ben Sam Nick Greg Ian Colin Graham Neil Simon Nigel Malcolm Gordon Alastair \
    Abdullah Adrian Ahmad Akira Alberto Alejandro Alessandro Alex Alexandre Alfred Alfredo \
    Amir Ana Anatoly Andre Andreas Andres Angel Angelo Anil Anne Anton Antoine Arnold Arturo Ashok \
    Aziz Bernard Bernd Bertrand Bjorn Bogdan Bruno Camille Carla Carmen Cesar Chen Claude Claudia \
    Cristina Dario Davide Diego Dominique Eduardo Elena Emil Emmanuel Enrique Ernesto Eva Fabio \
    Fatima Felipe Felix Fernando Filip Florian Fran Francesca Friedrich Gerhard Gianni Gilles Giorgio \
    Gunter Gustavo Hamid Heinz Helena Hugo Ingrid Irina Isabel Jaime Jens Joachim Johan Johannes \
    Jorg Juergen Julian Julien Jurgen Kamal Karim Katarina Kim Kofi Krzysztof Laurent Leonid Lionel \
    Lucas Luigi Lukas Marcel Marcelo Marek Mario Markus Massimo Mathias Matthias Mauricio Mehmet \
    Michele Mohamed Mustafa Nadia Natalia Nelson Olga Oscar Pablo Patrice Pavel Pieter Rafael \
    Rainer Ramon Ricardo Roberto Rolf Ruud Salman Salvatore Sandro Sergio Silvio Slobodan Stanislav \
    Sunil Tadeusz Thierry Thomas Uwe Vaclav Valentin Vasily Vicente Victor Vijay Vitaly Werner \
    Wim Xavier Yasser Yitzhak Yoshiro Zoran Benjamin Shimon Ehud Ariel Nelson Desmond Kenneth Ron \
    Lee Jeff Rick Ray Phil Pete Fred Ed Rob Andy Matt Josh Jon Ken Don Doug Ted Tim Will Harry \
    Charlie Danny Eddie Frankie Jimmy Ronnie Stuart Barry Derek Trevor Clive Geoff Kevin Wayne Gareth";

/// The built-in lexicon, built once.
pub struct BuiltinLexicon;

fn lists() -> &'static WordListLexicon {
    static LEX: OnceLock<WordListLexicon> = OnceLock::new();
    LEX.get_or_init(|| {
        let lists = [
            (INSTITUTION, INSTITUTIONS),
            (TITLE, TITLES),
            (COUNTRY, COUNTRIES),
            (DEMONYM, DEMONYMS),
            (CITY, CITIES),
            (GIVEN_NAME, GIVEN_NAMES),
            (CALENDAR, CALENDAR_WORDS),
            (COMPANY_SUFFIX, COMPANY_SUFFIXES),
            (PLACE_WORD, PLACE_WORDS),
            (REGION, REGIONS),
            (SURNAME, SURNAMES),
        ];
        let split: Vec<(u32, Vec<&str>)> = lists
            .iter()
            .map(|&(bit, text)| (bit, text.split_whitespace().collect()))
            .collect();
        let refs: Vec<(u32, &[&str])> = split.iter().map(|(b, w)| (*b, w.as_slice())).collect();
        WordListLexicon::new(&refs)
    })
}

impl Lexicon for BuiltinLexicon {
    fn classes(&self, token: &str) -> u32 {
        lists().classes(token)
    }
}
