"""Hand-written accounts, people and vendor staff for the demo corpora (see make_demo_corpora.py)."""

from __future__ import annotations

# name, website, extra domains (";"), plan, seats used, seat limit (enterprise: contracted),
# region, industry, NPS ("" = unknown), contact style, subdomain contacts use ("" = none)
ACCOUNTS = [
    ("Acme Logistics GmbH", "acme-logistics.de", "acme-log.com", "Pro", 94, 100, "DACH", "Logistics", "7", "first.last", "eu.acme-logistics.de"),
    ("Nordwind Media GmbH", "nordwind-media.de", "", "Starter", 23, 25, "DACH", "Media", "9", "f.last", ""),
    ("Nordwind Logistics AG", "nordwind-logistics.com", "nordwind-logistics.de", "Enterprise", 412, 450, "DACH", "Logistics", "6", "first.last", ""),
    ("Müller & Söhne Maschinenbau GmbH", "mueller-soehne.de", "", "Pro", 61, 100, "DACH", "Manufacturing", "8", "f.last", ""),
    ("Bäckerei Köhler e.K.", "baeckerei-koehler.de", "", "Free", 5, 5, "DACH", "Food & Beverage", "", "first", ""),
    ("Grünfeld Energie SE", "gruenfeld-energie.de", "gruenfeld.energy", "Enterprise", 780, 800, "DACH", "Energy", "5", "first.last", ""),
    ("Hafenblick Architekten GmbH", "hafenblick-architekten.de", "", "Starter", 18, 25, "DACH", "Architecture", "10", "last", ""),
    ("Kessler Steuerberatung PartG", "kessler-stb.de", "", "Starter", 24, 25, "DACH", "Professional Services", "8", "f.last", ""),
    ("Alpenblick Touristik GmbH", "alpenblick-touristik.at", "", "Pro", 42, 100, "DACH", "Travel", "7", "first.last", ""),
    ("Zahnärzte am Markt MVZ GmbH", "zahnaerzte-am-markt.de", "", "Starter", 12, 25, "DACH", "Healthcare", "", "first.last", ""),
    ("Rheinmetall Fördertechnik AG", "rmf-foerdertechnik.de", "", "Enterprise", 230, 250, "DACH", "Manufacturing", "3", "first.last", ""),
    ("Weber Möbelhaus GmbH & Co. KG", "weber-moebel.de", "", "Starter", 25, 25, "DACH", "Retail", "6", "f.last", ""),
    ("Sonnenhof Pflegedienste gGmbH", "sonnenhof-pflege.de", "", "Pro", 97, 100, "DACH", "Healthcare", "4", "first.last", ""),
    ("Fuchs Digitalagentur GmbH", "fuchs-digital.de", "", "Pro", 33, 100, "DACH", "Marketing", "9", "first", ""),
    ("Schreinerei Brandl e.K.", "schreinerei-brandl.de", "", "Free", 4, 5, "DACH", "Construction", "", "first", ""),
    ("Lindner Bau AG", "lindner-bau.ch", "", "Pro", 88, 100, "DACH", "Construction", "2", "first.last", ""),
    ("Vogel Versicherungsmakler GmbH", "vogel-makler.de", "", "Starter", 21, 25, "DACH", "Insurance", "7", "f.last", ""),
    ("Isarwerk Software GmbH", "isarwerk.io", "", "Pro", 71, 100, "DACH", "Software", "8", "first", ""),
    ("Ostsee Reederei Hansen AG", "hansen-reederei.de", "", "Enterprise", 320, 350, "DACH", "Shipping", "6", "first.last", ""),
    ("Hellweg Kliniken SE", "hellweg-kliniken.de", "", "Pro", 99, 100, "DACH", "Healthcare", "5", "first.last", ""),
    ("Kranich Personalberatung GmbH", "kranich-personal.de", "", "Starter", 9, 25, "DACH", "Recruiting", "9", "first.last", ""),
    ("Brightline Analytics Inc.", "brightline.io", "", "Pro", 86, 100, "NA", "Software", "8", "first", "eu.brightline.io"),
    ("Copperleaf Marketing LLC", "copperleaf.co", "", "Starter", 22, 25, "NA", "Marketing", "9", "first", ""),
    ("Harbor & Pine Ltd", "harborandpine.co.uk", "", "Pro", 54, 100, "UK", "Interior Design", "7", "first.last", ""),
    ("Redwood Clinical Research Inc.", "redwoodclinical.com", "rcr-trials.com", "Enterprise", 505, 600, "NA", "Healthcare", "8", "first.last", ""),
    ("Summit Ridge Health LLC", "summitridgehealth.com", "", "Pro", 76, 100, "NA", "Healthcare", "6", "flast", ""),
    ("Bluefin Software Ltd", "bluefin.software", "bluefinsoftware.co.uk", "Pro", 95, 100, "UK", "Software", "7", "first", ""),
    ("Foxglove Events Ltd", "foxglove-events.co.uk", "", "Starter", 14, 25, "UK", "Events", "10", "first", ""),
    ("Tallis & Reed LLP", "tallisreed.com", "", "Pro", 63, 100, "UK", "Legal", "6", "flast", ""),
    ("Granite Peak Construction LLC", "granitepeakbuild.com", "", "Starter", 24, 25, "NA", "Construction", "5", "first.last", ""),
    ("Lumen Labs Inc.", "lumenlabs.ai", "", "Pro", 48, 100, "NA", "Software", "9", "first", ""),
    ("Northwind Traders Inc.", "northwindtraders.com", "", "Enterprise", 1180, 1200, "NA", "Wholesale", "7", "first.last", "us.northwindtraders.com"),
    ("Pinecrest Property Management", "pinecrestpm.com", "", "Starter", 11, 25, "NA", "Real Estate", "", "first", ""),
    ("Blue Harbor Credit Union", "blueharborcu.org", "", "Pro", 92, 100, "NA", "Financial Services", "4", "flast", ""),
    ("Orchard Street Bakery", "orchardstreetbakery.com", "", "Free", 3, 5, "NA", "Food & Beverage", "", "first", ""),
    ("Keystone Analytics Group", "keystoneanalytics.com", "", "Pro", 39, 100, "NA", "Consulting", "8", "first.last", ""),
    ("Silverline Freight Ltd", "silverlinefreight.co.uk", "", "Pro", 100, 100, "UK", "Logistics", "6", "first.last", ""),
    ("Meridian Health Partners", "meridianhp.com", "", "Enterprise", 640, 700, "NA", "Healthcare", "7", "first.last", ""),
    ("Tidewater Marine Services LLC", "tidewatermarine.com", "", "Starter", 19, 25, "NA", "Maritime", "8", "first", ""),
    ("Oakridge School District", "oakridgesd.org", "", "Pro", 58, 100, "NA", "Education", "9", "flast", ""),
    ("Cobalt Creative Studio", "cobaltcreative.studio", "", "Starter", 7, 25, "UK", "Design", "10", "first", ""),
    ("Fenwick & Hart Accountants Ltd", "fenwickhart.co.uk", "", "Starter", 25, 25, "UK", "Accounting", "7", "first.last", ""),
    ("Quantum Leap Robotics Inc.", "qlrobotics.com", "", "Pro", 81, 100, "NA", "Manufacturing", "6", "first", ""),
    ("Evergreen Nonprofit Alliance", "evergreenalliance.org", "", "Free", 5, 5, "NA", "Nonprofit", "", "first", ""),
    ("Atlas Field Services Inc.", "atlasfield.com", "", "Pro", 97, 100, "NA", "Field Services", "3", "first.last", ""),
    ("Crescent Bay Hotels Group", "crescentbayhotels.com", "", "Enterprise", 260, 300, "NA", "Hospitality", "8", "first.last", ""),
    ("Sterling Wealth Advisors LLC", "sterlingwealth.com", "", "Pro", 27, 100, "NA", "Financial Services", "7", "flast", ""),
    ("Kinetic Sports Media Ltd", "kineticsports.media", "", "Starter", 20, 25, "UK", "Media", "8", "first", ""),
    ("Ironclad Security Ltd", "ironcladsec.co.uk", "", "Enterprise", 150, 150, "UK", "Security", "9", "first.last", ""),
    ("Maple & Finch Publishing", "mapleandfinch.com", "", "Starter", 16, 25, "NA", "Publishing", "", "first", ""),
    ("Vantage Point Research", "vantagepointresearch.com", "", "Pro", 44, 100, "NA", "Market Research", "6", "first.last", ""),
    ("Horizon Solar Installers Inc.", "horizonsolar.us", "", "Starter", 23, 25, "NA", "Energy", "7", "first", ""),
    ("Lindqvist & Berg AB", "lindqvistberg.se", "", "Pro", 35, 100, "EMEA", "Architecture", "8", "first.last", ""),
    ("Van der Meer Transport B.V.", "vdmeer-transport.nl", "", "Pro", 67, 100, "EMEA", "Logistics", "5", "first.last", ""),
    ("Castellan Biotech SAS", "castellan-bio.fr", "", "Enterprise", 190, 200, "EMEA", "Biotech", "7", "first.last", ""),
    ("Dublin Docklands Digital Ltd", "docklandsdigital.ie", "", "Starter", 13, 25, "EMEA", "Marketing", "9", "first", ""),
    ("Polaris Fintech Oy", "polarisfintech.fi", "", "Pro", 84, 100, "EMEA", "Financial Services", "6", "first.last", ""),
    ("Sagebrush Ranch Supply", "sagebrushsupply.com", "", "Free", 2, 5, "NA", "Retail", "", "first", ""),
    ("Waverly Law Group", "waverlylaw.com", "", "Pro", 46, 100, "NA", "Legal", "5", "flast", ""),
    ("Beacon Hill Dental", "beaconhilldental.com", "", "Starter", 8, 25, "NA", "Healthcare", "8", "first", ""),
    ("Trailhead Outfitters Inc.", "trailheadoutfitters.com", "", "Pro", 52, 100, "NA", "Retail", "7", "first.last", ""),
    ("Nimbus Cloud Consulting GmbH", "nimbus-consulting.de", "nimbus.cloud", "Pro", 29, 100, "DACH", "Consulting", "9", "first.last", ""),
    ("Eisvogel Kommunikation GmbH", "eisvogel-kommunikation.de", "", "Free", 5, 5, "DACH", "Marketing", "", "first", ""),
    ("Seeland Bio-Lebensmittel AG", "seeland-bio.ch", "", "Starter", 17, 25, "DACH", "Food & Beverage", "6", "first.last", ""),
]

# How reviewers / callers spell account names when they are not the CRM (account index -> variants)
NAME_VARIANTS = {
    "Acme Logistics GmbH": ["Acme Logistics", "ACME Logistics GmbH", "acme logistics"],
    "Nordwind Media GmbH": ["Nordwind Media", "NORDWIND MEDIA"],
    "Nordwind Logistics AG": ["Nordwind Logistics", "Nordwind Logistik"],
    "Müller & Söhne Maschinenbau GmbH": ["Mueller und Soehne Maschinenbau", "Müller & Söhne"],
    "Grünfeld Energie SE": ["Gruenfeld Energie", "Grünfeld Energie"],
    "Brightline Analytics Inc.": ["Brightline Analytics", "BrightLine"],
    "Harbor & Pine Ltd": ["Harbor and Pine", "Harbor & Pine"],
    "Redwood Clinical Research Inc.": ["Redwood Clinical", "Redwood Clinical Research"],
    "Bluefin Software Ltd": ["Bluefin Software", "BlueFin"],
    "Northwind Traders Inc.": ["Northwind Traders", "Northwind"],
    "Isarwerk Software GmbH": ["Isarwerk", "isarwerk software"],
    "Lumen Labs Inc.": ["Lumen Labs", "LumenLabs"],
    "Atlas Field Services Inc.": ["Atlas Field Services", "Atlas Field"],
    "Fuchs Digitalagentur GmbH": ["Fuchs Digital", "Fuchs Digitalagentur"],
    "Hellweg Kliniken SE": ["Hellweg Kliniken", "Hellweg-Kliniken"],
    "Lindner Bau AG": ["Lindner Bau", "LINDNER BAU AG"],
    "Tallis & Reed LLP": ["Tallis and Reed", "Tallis & Reed"],
    "Crescent Bay Hotels Group": ["Crescent Bay Hotels", "Crescent Bay"],
    "Van der Meer Transport B.V.": ["Van der Meer Transport", "VDM Transport"],
    "Polaris Fintech Oy": ["Polaris Fintech", "Polaris"],
    "Copperleaf Marketing LLC": ["Copperleaf Marketing", "Copperleaf"],
    "Silverline Freight Ltd": ["Silverline Freight", "Silverline"],
    "Keystone Analytics Group": ["Keystone Analytics", "Keystone"],
    "Quantum Leap Robotics Inc.": ["Quantum Leap Robotics", "QL Robotics"],
}

# Companies that are NOT accounts (prospects, trial users, reviewers' employers)
UNKNOWN_COMPANIES_EN = [
    ("Bramblewood Consulting", "bramblewood.co", "11-50 employees", "Consulting"),
    ("Redfern Civil Engineering", "redfern-civil.com", "201-500 employees", "Construction"),
    ("Patchwork Kids Daycare", "patchworkkids.org", "1-10 employees", "Education"),
    ("Ashgrove Veterinary", "ashgrovevet.com", "11-50 employees", "Healthcare"),
    ("Skyward Drone Imaging", "skywarddrone.io", "11-50 employees", "Technology"),
    ("Halcyon Wellness Spa", "halcyonspa.com", "51-200 employees", "Hospitality"),
    ("Ridgeline Outdoor Co.", "ridgelineoutdoor.com", "51-200 employees", "Retail"),
    ("Cedar & Stone Realty", "cedarstone.realty", "11-50 employees", "Real Estate"),
    ("Lakeshore Community College", "lakeshorecc.edu", "501-1000 employees", "Education"),
    ("Vertex Payments", "vertexpay.io", "201-500 employees", "Financial Services"),
    ("Moonlight Film Collective", "moonlightfilm.co", "1-10 employees", "Media"),
    ("Coastal Roofing Pros", "coastalroofing.com", "11-50 employees", "Construction"),
]
UNKNOWN_COMPANIES_DE = [
    ("Sternwarte Medienhaus GmbH", "sternwarte-medien.de", "51-200 Mitarbeiter", "Medien"),
    ("Elbtal Immobilien GmbH", "elbtal-immo.de", "11-50 Mitarbeiter", "Immobilien"),
    ("Kaiser Elektrotechnik GmbH", "kaiser-elektro.de", "51-200 Mitarbeiter", "Handwerk"),
    ("Wolkenlos IT-Service e.K.", "wolkenlos-it.de", "1-10 Mitarbeiter", "IT-Dienstleistungen"),
    ("Bergmann Spedition GmbH", "bergmann-spedition.de", "201-500 Mitarbeiter", "Logistik"),
    ("Stadtwerke Talheim", "sw-talheim.de", "201-500 Mitarbeiter", "Energie"),
]

FIRST_EN = ["Emily", "Jake", "Priya", "Marcus", "Olivia", "Daniel", "Hannah", "Chris", "Megan", "Ryan",
            "Sophie", "Aaron", "Grace", "Tyler", "Zoe", "Nathan", "Chloe", "Liam", "Aisha", "Ben",
            "Rachel", "Kevin", "Laura", "Omar", "Jess", "Patrick", "Natalie", "Sean", "Maya", "Tom"]
LAST_EN = ["Carter", "Nguyen", "Patel", "Walsh", "Brooks", "Kim", "Murphy", "Reyes", "Hughes", "Foster",
           "Bennett", "Okafor", "Sullivan", "Price", "Morgan", "Chen", "Doyle", "Hart", "Ellis", "Shah",
           "Campbell", "Turner", "Fisher", "Lopez", "Grant", "Baker", "O'Neill", "Hayes", "Ward", "Cole"]
FIRST_DE = ["Lena", "Jonas", "Katrin", "Matthias", "Sabine", "Florian", "Anja", "Tobias", "Julia", "Stefan",
            "Miriam", "Lukas", "Birgit", "Felix", "Claudia", "Jürgen", "Svenja", "Markus", "Nadine", "Uwe",
            "Carina", "Benedikt", "Franziska", "Sören", "Heike", "Dominik", "Ayşe", "Thorsten", "Maren", "Björn"]
LAST_DE = ["Vogt", "Keller", "Schäfer", "Hoffmann", "Brandt", "Krüger", "Wagner", "Becker", "Schulz", "Lehmann",
           "Meier", "Zimmermann", "Hartmann", "Lange", "Koch", "Weiß", "Böhm", "Fischer", "Yilmaz", "Neumann",
           "Schröder", "Wolf", "Peters", "Möller", "Jansen", "Kühn", "Frank", "Seidel", "Graf", "Albrecht"]
TITLES_EN = ["Head of Operations", "Project Manager", "Office Manager", "IT Administrator", "COO",
             "Marketing Lead", "PMO Lead", "Director of Customer Success", "Operations Coordinator",
             "VP Engineering", "Founder", "Senior Project Manager", "IT Manager", "Team Lead Design"]
TITLES_DE = ["Leitung Operations", "Projektleiterin", "Projektleiter", "IT-Administrator", "Geschäftsführer",
             "Teamleitung Marketing", "Büroleitung", "Head of PMO", "Leiter IT", "Assistenz der Geschäftsführung",
             "Prokurist", "Bereichsleiterin Logistik"]
FREEMAIL = ["gmail.com", "outlook.com", "web.de", "gmx.de", "yahoo.com", "icloud.com", "gmx.net", "hotmail.com"]

# Planwise staff: name, email, languages
AGENTS = [
    ("Tom Berger", "tom@planwise.io", "en de"),
    ("Ana Ruiz", "ana.ruiz@planwise.io", "en"),
    ("Priya Raman", "priya.raman@planwise.io", "en"),
    ("Julia Sommer", "julia.sommer@planwise.io", "de en"),
    ("Marco Haas", "marco.haas@planwise.io", "de en"),
    ("Sam Whitfield", "sam.whitfield@planwise.io", "en"),
]
CSMS = [
    ("Hannah Lee", "hannah.lee@planwise.io", "en"),
    ("Felix Adler", "felix.adler@planwise.io", "de en"),
    ("Rosa Jimenez", "rosa.jimenez@planwise.io", "en"),
    ("Niklas Brandt", "niklas.brandt@planwise.io", "de en"),
]
AES = [
    ("Derek Sloan", "derek.sloan@planwise.io", "en"),
    ("Carolin Weiss", "carolin.weiss@planwise.io", "de en"),
]
BOTS = ["Planwise Bot", "Operator"]
