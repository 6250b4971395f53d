"""Realistic vocabulary for generated letters: councils, people, table values and
the narrative body per year (2020 is the real letter's text; the other years are
close paraphrases of the Ombudsman's letters of those years)."""
import datetime as _dt

from .common import long_date

COUNCILS = [
    "London Borough of Hackney", "Cornwall Council", "Royal Borough of Kingston upon Thames",
    "Birmingham City Council", "Leeds City Council", "Manchester City Council",
    "Bristol City Council", "Sheffield City Council", "Liverpool City Council",
    "Newcastle upon Tyne City Council", "Nottingham City Council", "Leicester City Council",
    "Derbyshire County Council", "Nottinghamshire County Council", "Kent County Council",
    "Essex County Council", "Hampshire County Council", "Surrey County Council",
    "Lancashire County Council", "Norfolk County Council", "Suffolk County Council",
    "Devon County Council", "Somerset County Council", "Cumbria County Council",
    "Durham County Council", "Northumberland County Council", "Wiltshire Council",
    "Shropshire Council", "Buckinghamshire Council", "Dorset Council",
    "Bolsover District Council", "Chesterfield Borough Council", "Mansfield District Council",
    "North East Derbyshire District Council", "Cannock Chase District Council",
    "Amber Valley Borough Council", "High Peak Borough Council", "Erewash Borough Council",
    "South Derbyshire District Council", "Derbyshire Dales District Council",
    "Ashfield District Council", "Bassetlaw District Council", "Gedling Borough Council",
    "Rushcliffe Borough Council", "Broxtowe Borough Council", "Newark and Sherwood District Council",
    "Tamworth Borough Council", "Lichfield District Council", "Stafford Borough Council",
    "East Staffordshire Borough Council", "South Staffordshire Council",
    "Staffordshire Moorlands District Council", "Newcastle-under-Lyme Borough Council",
    "Stoke-on-Trent City Council", "Tunbridge Wells Borough Council", "Maidstone Borough Council",
    "Canterbury City Council", "Folkestone and Hythe District Council", "Dover District Council",
    "Isle of Wight Council", "Council of the Isles of Scilly", "City of London Corporation",
    "London Borough of Camden", "London Borough of Islington", "London Borough of Lambeth",
    "London Borough of Southwark", "London Borough of Tower Hamlets", "London Borough of Newham",
    "London Borough of Barnet", "London Borough of Croydon", "London Borough of Haringey",
    "London Borough of Richmond upon Thames", "Royal Borough of Greenwich",
    "Royal Borough of Kensington and Chelsea", "Royal Borough of Windsor and Maidenhead",
    "Westminster City Council", "Wirral Council", "Sefton Council", "Knowsley Council",
    "St Helens Borough Council", "Wigan Council", "Bolton Council", "Bury Council",
    "Rochdale Borough Council", "Oldham Council", "Tameside Metropolitan Borough Council",
    "Stockport Metropolitan Borough Council", "Trafford Council", "Salford City Council",
    "Calderdale Metropolitan Borough Council", "Kirklees Council", "Wakefield Council",
    "City of Bradford Metropolitan District Council", "Barnsley Metropolitan Borough Council",
    "Doncaster Council", "Rotherham Metropolitan Borough Council", "Gateshead Council",
    "North Tyneside Council", "South Tyneside Council", "Sunderland City Council",
    "Brighton and Hove City Council", "Milton Keynes Council", "Bath and North East Somerset Council",
    "Herefordshire Council", "Rutland County Council", "North Yorkshire County Council",
    "City of York Council", "East Riding of Yorkshire Council", "Hull City Council",
    "North Lincolnshire Council", "North East Lincolnshire Council", "Plymouth City Council",
    "Torbay Council", "Portsmouth City Council", "Southampton City Council",
]

HONORIFICS = ["Mr", "Ms", "Mrs", "Dr", "Mr", "Ms", "Miss"]
SURNAMES = [
    "Bowen", "Hickin", "Barsby", "McGovern", "Farrar", "Okafor", "Patel", "Whitehead",
    "Thompson", "O'Neill", "Sandhu", "Greenwood", "Pemberton", "Ashworth", "Clarke",
    "Fairclough", "Khan", "Nwosu", "Rowlands", "Sutherland", "Henderson", "Blackburn",
    "Lloyd-Jones", "Marsden", "Quayle", "Cartwright", "Ibrahim", "Doyle", "Fletcher", "Wardle",
    "Holroyd", "Singh", "Kowalski", "Achebe", "Bennett", "Crompton", "Dunmore", "Ellison",
]
JOB_TITLES = [
    "Chief Executive", "Chief Executive", "Chief Executive", "Interim Chief Executive",
    "Managing Director", "Head of Paid Service", "Director of Corporate Resources",
    "Acting Chief Executive", "Chief Executive and Head of Paid Service",
    "Director of Governance", "Joint Chief Executive", "Town Clerk and Chief Executive",
]

CATEGORIES = [
    "Adult Care Services", "Benefits & Tax", "Corporate & Other Services", "Education & Children's Services",
    "Environmental Services & Public Protection & Regulation", "Highways & Transport",
    "Housing", "Planning & Development", "Children's Services", "Education",
]
CATEGORY_WEIGHTS = [3, 3, 3, 2, 3, 3, 3, 3, 1, 1]

# decision -> (reasons)
REASONS = {
    "Upheld": ["Maladministration and injustice", "Maladministration, no injustice"],
    "Not Upheld": ["No maladministration", "No further action: no fault or no injustice"],
    "Closed after initial enquiries": [
        "Not warranted by alleged mal/service failure", "26(6)(b) appeal to Minister",
        "26B(2) not made in 12 months", "Other reason not to investigate",
        "Not warranted by alleged injustice", "26(6)(a) appeal to tribunal",
        "26(6)(c) remedy by way of proceedings in court", "Out of jurisdiction",
    ],
    "Referred back for local resolution": ["Premature Decision - advice given",
                                           "Premature Decision - referred to BinJ"],
    "Advice given": ["Previously considered and decided", "Advice given - no further action"],
    "Incomplete/Invalid": ["Insufficient information to proceed and PA advised",
                           "Complaint withdrawn by complainant"],
}
REMEDIED_REASON = "Injustice remedied by authority before LGO consideration"
DECISION_WEIGHTS = {"Upheld": 10, "Not Upheld": 6, "Closed after initial enquiries": 22,
                    "Referred back for local resolution": 20, "Advice given": 5,
                    "Incomplete/Invalid": 7}
REMEDIES = [
    "Apology", "Apology, Financial redress: Avoidable distress/time and trouble",
    "Financial redress: Quantifiable loss", "Apology, Procedure or policy change/review",
    "New appealable decision", "Reassessment", "Provide services",
    "Apology, Financial redress: Avoidable distress/time and trouble, Procedure or policy change/review",
    "Other Remedy", "Financial redress: Loss of service",
]
SERVICE_IMPROVEMENTS = [
    "Procedure or policy change/review", "Training and guidance",
    "Procedure or policy change/review, Training and guidance", "Staff training",
]

# letter dates (day of July) and statistics averages by year -- plausible values
LETTER_DAY = {2019: 24, 2020: 22, 2021: 21, 2022: 20, 2023: 19}
AVERAGES = {  # upheld, compliance, remedies
    2019: (55, 99, 13), 2020: (45, 99, 20), 2021: (56, 100, 12), 2022: (62, 99, 14),
    2023: (67, 100, 12),
}


def signatory(year):
    name = "Michael King" if year <= 2021 else "Paul Najsarek"
    return {"name": name, "roles": ["Local Government and Social Care Ombudsman",
                                    "Chair, Commission for Local Administration in England"]}


KEY_AREA_PARAS = [
    "Complaints upheld - We uphold complaints when we find some form of fault in an authority's actions, including where the authority accepted fault before we investigated. A focus on how often things go wrong, rather than simple volumes of complaints provides a clearer indicator of performance.",
    "Compliance with recommendations - We recommend ways for authorities to put things right when faults have caused injustice. Our recommendations try to put people back in the position they were before the fault and we monitor authorities to ensure they comply with our recommendations. Failure to comply with our recommendations is rare. An authority with a compliance rate below 100% should scrutinise those complaints where it failed to comply and identify any learning.",
    "Satisfactory remedies provided by the authority - We want to encourage the early resolution of complaints and to credit authorities that have a positive and open approach to resolving complaints. We recognise cases where an authority has taken steps to put things right before the complaint came to us. The authority upheld the complaint and we agreed with how it offered to put things right.",
]
COMPARE_PARA = "Finally, we compare the three key annual statistics for your authority with similar types of authorities to work out an average level of performance. We do this for County Councils, District Councils, Metropolitan Boroughs, Unitary Councils, and London Boroughs."


def body_2020(year_end, publish):
    return [
        {"heading": None, "paragraphs": [
            f"I write to you with our annual summary of statistics on the decisions made by the Local Government and Social Care Ombudsman about your authority for the year ending {year_end}. Given the exceptional pressures under which local authorities have been working over recent months, I thought carefully about whether it was still appropriate to send you this annual update. However, now, more than ever, I believe that it is essential that the public experience of local services is at the heart of our thinking. So, I hope that this feedback, which provides unique insight into the lived experience of your Council's services, will be useful as you continue to deal with the current situation and plan for the future."]},
        {"heading": "Complaint statistics", "paragraphs": [
            "This year, we continue to place our focus on the outcomes of complaints and what can be learned from them. We want to provide you with the most insightful information we can and have made several changes over recent years to improve the data we capture and report. We focus our statistics on these three key areas:",
            *KEY_AREA_PARAS, COMPARE_PARA,
            f"This data will be uploaded to our interactive map, Your council's performance, along with a copy of this letter on {publish}, and our Review of Local Government Complaints. For further information on how to interpret our statistics, please visit our website."]},
        {"heading": "Resources to help you get it right", "paragraphs": [
            "There are a range of resources available that can support you to place the learning from complaints, about your authority and others, at the heart of your system of corporate governance. Your council's performance launched last year and puts our data and information about councils in one place. Again, the emphasis is on learning, not numbers. You can find the decisions we have made, public reports we have issued, and the service improvements your Council has agreed to make as a result of our investigations, as well as previous annual review letters.",
            "I would encourage you to share the tool with colleagues and elected members; the information can provide valuable insights into service areas, early warning signs of problems and is a key source of information for governance, audit, risk and scrutiny functions.",
            "Earlier this year, we held our link officer seminars in London, Bristol, Leeds and Birmingham. Attended by 178 delegates from 143 local authorities, we focused on maximising the impact of complaints, making sure the right person is involved with complaints at the right time, and how to overcome common challenges.",
            "We have a well-established and successful training programme supporting local authorities and independent care providers to help improve local complaint handling. During the year, we delivered 118 courses, training more than 1,400 people. This is 47 more courses than we delivered last year and included more training to adult social care providers than ever before. To find out more visit www.lgo.org.uk/training."]},
    ]


def body_other(year, year_end, publish, rng):
    first = {
        2019: f"I write to you with our annual summary of statistics on the decisions made by the Local Government and Social Care Ombudsman about your authority for the year ending {year_end}. The information offers valuable insight about your organisation's approach to complaints. As such, I have sought to share this letter with the Leader of your Council and Chair of the appropriate Scrutiny Committee, to encourage effective ownership and oversight of complaint outcomes, which offer such valuable opportunities to learn and improve.",
        2021: f"I write to you with our annual summary of statistics on the decisions made by the Local Government and Social Care Ombudsman about your authority for the year ending {year_end}. At the end of a challenging year, we maintain that good public administration is more important than ever and I thank you and your staff for your continued help with our work.",
        2022: f"I write to you with our annual summary of statistics on the decisions made by the Local Government and Social Care Ombudsman about your authority for the year ending {year_end}. The information offers valuable insight about your organisation's approach to complaints, and I know many authorities use it to inform the reports they present to their members.",
        2023: f"I write to you with our annual summary of statistics on the decisions made by the Local Government and Social Care Ombudsman about your authority for the year ending {year_end}. This year we have seen the number of complaints we receive return to the levels we saw before the pandemic, and the proportion of cases we uphold has continued to rise.",
    }[year]
    stats = [
        "Our statistics focus on three key areas that help to assess your organisation's commitment to putting things right when they go wrong:",
        *KEY_AREA_PARAS, COMPARE_PARA,
        f"This data will be uploaded to our interactive map, Your council's performance, along with a copy of this letter on {publish}. For further information on how to interpret our statistics, please visit our website.",
    ]
    if rng.random() < 0.5:
        stats.insert(0, "Complaint statistics are published alongside this letter. We publish the decision statements for investigations we complete, so the detail behind these numbers can be read by anyone interested in how the authority handles complaints.")
    support = [
        "I would encourage you to share the information with colleagues and elected members; it can provide valuable insights into service areas, early warning signs of problems and is a key source of information for governance, audit, risk and scrutiny functions.",
        "As you would expect, data has its limitations. We encourage effective scrutiny of the data alongside the reports and decision statements we publish, rather than relying on a single figure to judge performance.",
        f"We have a well-established and successful training programme supporting local authorities and independent care providers to help improve local complaint handling. In {year - 1}-{year % 100:02d} we delivered {rng.randint(60, 130)} online workshops, reaching more than {rng.randint(9, 19)}00 people. To find out more visit www.lgo.org.uk/training.",
    ]
    if rng.random() < 0.5:
        support.insert(1, "We continue to work with councils, government and other partners to promote a culture that welcomes complaints and uses them to improve services for everyone who relies on them.")
    heading2 = rng.choice(["Supporting complaint and service improvement",
                           "Resources to help you get it right", "Complaint handling training"])
    secs = [{"heading": None, "paragraphs": [first]},
            {"heading": "Complaint statistics", "paragraphs": stats},
            {"heading": heading2, "paragraphs": support}]
    if year >= 2022 and rng.random() < 0.6:
        secs.insert(2, {"heading": "Complaint Handling Code", "paragraphs": [
            "We have been working with the Housing Ombudsman Service to develop a joint complaint handling code that will provide a standard for authorities to follow. Our aim is to make sure every complaint is treated consistently, fairly and promptly.",
            "In the meantime, I commend our existing guidance on effective complaint handling to you, and I would encourage your officers to use it when they review their arrangements."]})
    return secs


def body(year, rng):
    year_end = f"31 March {year}"
    d = _dt.date(year, 7, LETTER_DAY[year]) + _dt.timedelta(days=7)
    publish = long_date(d.isoformat())
    if year == 2020:
        return body_2020(year_end, publish)
    return body_other(year, year_end, publish, rng)
