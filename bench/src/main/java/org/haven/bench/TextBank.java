package org.haven.bench;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The words the corpus generator assembles articles from: topics, headings, sentences, list items, tags, FAQs and
 * reference parts for each of the seven categories. The text is original filler written for load testing; it reads
 * plausibly but is not clinical advice, and the references it builds are fictitious.
 */
final class TextBank {

	private TextBank() {
	}

	record CategoryDef(String slug, String name, String description, int order) {
	}

	/** The seven categories of content/categories.yaml, in their order. */
	static final List<CategoryDef> CATEGORIES = List.of(
			new CategoryDef("therapy", "Therapy",
					"How psychotherapy works, what to expect from it, and how to find the right fit.", 1),
			new CategoryDef("anxiety", "Anxiety",
					"Understanding worry, panic and fear, and practical ways to loosen their grip.", 2),
			new CategoryDef("depression", "Depression",
					"Low mood, its many faces, and the paths people take back towards feeling like themselves.", 3),
			new CategoryDef("relationships", "Relationships",
					"Partners, families and friendships, and the skills that keep connection healthy.", 4),
			new CategoryDef("workplace", "Workplace",
					"Stress, burnout and wellbeing at work, for employees and the people who lead them.", 5),
			new CategoryDef("growth", "Growth", "Self-compassion, resilience and the slow work of changing habits.",
					6),
			new CategoryDef("mindfulness", "Mindfulness",
					"Attention, breathing and grounding practices, with what the evidence says about them.", 7));

	record AuthorDef(String slug, String name, String credentials, String role, boolean clinician, String bio) {
	}

	/** The three authors of content/authors plus five contributors invented for the corpus. */
	static final List<AuthorDef> AUTHORS = List.of(
			new AuthorDef("maya-okafor", "Dr Maya Okafor", "DClinPsy, Clinical Psychologist", "Clinical lead", true,
					"Dr Maya Okafor is a clinical psychologist and the clinical lead for Haven Journal. She has spent more "
							+ "than fifteen years working with adults experiencing anxiety, panic and obsessive worry, and "
							+ "oversees the journal's clinical review process."),
			new AuthorDef("priya-nandakumar", "Priya Nandakumar", "MSc Health Communication",
					"Health writer and editor", false,
					"Priya Nandakumar is a health writer and editor with a master's degree in health communication. "
							+ "She manages the publication schedule and edits for tone, aiming for writing that feels "
							+ "warm and steady rather than alarming."),
			new AuthorDef("sam-reyes", "Sam Reyes", "LCSW, Licensed Clinical Social Worker",
					"Contributing clinician", true,
					"Sam Reyes is a licensed clinical social worker and couples therapist with over a decade of "
							+ "experience supporting individuals, couples and families."),
			new AuthorDef("elena-varga", "Dr Elena Varga", "MRCPsych, Consultant Psychiatrist",
					"Contributing clinician", true,
					"Dr Elena Varga is a consultant psychiatrist who works in a community mental health team and "
							+ "writes about medication, sleep and the overlap between physical and mental health."),
			new AuthorDef("jonah-mensah", "Jonah Mensah", "MBACP, Counsellor", "Contributing counsellor", true,
					"Jonah Mensah is a counsellor who has worked in student services and bereavement support, and "
							+ "writes about grief, transitions and finding words for difficult feelings."),
			new AuthorDef("leila-haddad", "Leila Haddad", "MSc Occupational Psychology", "Workplace writer", false,
					"Leila Haddad is an occupational psychologist who advises organisations on workload, job design "
							+ "and return-to-work plans."),
			new AuthorDef("tom-whitfield", "Tom Whitfield", "BA Journalism", "Staff writer", false,
					"Tom Whitfield is a staff writer who covers everyday wellbeing, habits and the research behind "
							+ "popular advice."),
			new AuthorDef("ruth-calloway", "Ruth Calloway", "Mindfulness teacher", "Contributing writer", false,
					"Ruth Calloway teaches mindfulness courses in community settings and writes about attention, "
							+ "breathing and rest."));

	/** Title subjects by category slug. */
	static final Map<String, List<String>> TOPICS = Map.of(
			"therapy", List.of("cognitive behavioural therapy", "your first therapy session", "finding a therapist",
					"group therapy", "online therapy", "ending therapy well", "therapy homework",
					"schema therapy", "acceptance and commitment therapy", "talking therapies waiting lists",
					"the therapeutic relationship", "interpersonal therapy", "trauma-focused therapy",
					"counselling and psychotherapy"),
			"anxiety", List.of("panic attacks", "generalised anxiety", "health anxiety", "social anxiety",
					"worry", "intrusive thoughts", "avoidance", "phobias", "anxious mornings",
					"anxiety before exams", "reassurance seeking", "the fight-or-flight response",
					"night-time worry", "performance anxiety"),
			"depression", List.of("low mood", "depression", "loss of motivation", "behavioural activation",
					"antidepressants", "winter low mood", "postnatal depression", "rumination",
					"feeling numb", "sleep and mood", "grief and low mood", "recovery from depression",
					"hopelessness", "small daily routines"),
			"relationships", List.of("arguments with a partner", "setting boundaries", "loneliness",
					"attachment styles", "supporting a friend", "family conflict", "repair after a row",
					"long-distance relationships", "becoming parents", "friendship in adulthood",
					"saying no kindly", "jealousy", "caring for a parent", "breakups"),
			"workplace", List.of("burnout", "workplace stress", "returning to work", "managing a team kindly",
					"work-life boundaries", "imposter feelings", "difficult conversations at work",
					"shift work", "redundancy", "remote working", "presenteeism", "taking a break",
					"workload", "career change"),
			"growth", List.of("self-compassion", "perfectionism", "procrastination", "resilience",
					"habit change", "self-criticism", "setbacks", "values", "confidence",
					"kindness to yourself", "making decisions", "comparison", "rest", "change that lasts"),
			"mindfulness", List.of("mindful breathing", "grounding techniques", "body scan practice",
					"mindful walking", "attention training", "mindfulness at work", "mindfulness for sleep",
					"noticing thoughts", "short practices", "mindfulness myths", "the evidence for mindfulness",
					"everyday mindfulness", "mindful eating", "stillness"));

	static final List<String> TITLE_PATTERNS = List.of("Understanding %s", "A gentle guide to %s", "%s, explained",
			"Living with %s", "What the research says about %s", "Small steps with %s", "How to talk about %s",
			"Questions people ask about %s", "When %s gets in the way", "Five myths about %s",
			"Making sense of %s", "A practical look at %s", "Getting started with %s", "What helps with %s");

	static final List<String> AUDIENCES = List.of("for new parents", "for students", "in later life",
			"for carers", "after a loss", "in your twenties", "at midlife", "for people who work shifts",
			"for couples", "for teenagers and their parents", "when money is tight", "for men",
			"after a diagnosis", "in a new city", "for managers");

	/** Section headings by category slug; general ones are added to every category. */
	static final Map<String, List<String>> HEADINGS = Map.of(
			"therapy", List.of("What happens in a session", "How the approach works", "Choosing a therapist",
					"What the first weeks feel like", "Questions to ask", "When therapy feels stuck",
					"Between sessions"),
			"anxiety", List.of("What is happening in the body", "Why anxiety feeds itself", "The role of avoidance",
					"Riding out the wave", "Working with worry", "Gradual exposure", "Safety behaviours"),
			"depression", List.of("How low mood shows up", "Why motivation disappears", "Starting small",
					"Routines that help", "Talking to a doctor", "Looking after sleep", "Noticing progress"),
			"relationships", List.of("Why conflict escalates", "Listening well", "Repairing after a row",
					"Setting a boundary", "Staying connected", "When to get support together",
					"Looking after yourself"),
			"workplace", List.of("Recognising the signs", "What organisations can change", "Talking to your manager",
					"Protecting your time", "Recovery after work", "Returning after time off",
					"When the job is the problem"),
			"growth", List.of("Why we are hard on ourselves", "Changing a habit", "Learning from setbacks",
					"Living by your values", "A kinder inner voice", "Small experiments", "Keeping going"),
			"mindfulness", List.of("What the practice involves", "A short exercise", "Common difficulties",
					"What the evidence says", "Bringing it into the day", "When to adapt the practice",
					"Attention and kindness"));

	static final List<String> GENERAL_HEADINGS = List.of("What the evidence says", "Common misunderstandings",
			"Practical steps", "A closer look", "Supporting someone else", "Putting it together", "Longer-term help",
			"Things to try this week", "Why this matters", "Where to start");

	static final List<String> SUBHEADINGS = List.of("A note on timing", "If you support someone", "An example",
			"When it does not work", "Keeping a record", "What to expect", "A common trap", "Small variations",
			"If you live alone", "For parents", "At work", "In the evening");

	/** Sentences by category slug. */
	static final Map<String, List<String>> SENTENCES = Map.of(
			"therapy", List.of(
					"Therapy is a structured conversation with a trained professional, and its structure is part of what makes it useful.",
					"Most approaches begin with an assessment, in which the therapist asks about what brings you and what you hope will change.",
					"The relationship between client and therapist predicts progress at least as well as the particular method used.",
					"It is normal to feel nervous before a first appointment, and saying so out loud is a reasonable way to begin.",
					"Cognitive approaches look at how thoughts, feelings, body sensations and actions keep one another going.",
					"Homework between sessions turns insight into practice, which is where much of the change happens.",
					"A good therapist will explain what they are doing and why, and will welcome questions about it.",
					"Some people need a few sessions, while others benefit from longer work that looks at patterns across their life.",
					"If a therapist does not feel like the right fit, it is acceptable to say so and to look for someone else.",
					"Online sessions appear to work about as well as face-to-face ones for many common difficulties.",
					"Ending therapy is itself part of the work, and a planned ending gives space to review what has changed.",
					"Waiting lists can be long, and self-help materials guided by a practitioner are sometimes offered in the meantime.",
					"Therapists are bound by confidentiality, with a few clearly explained exceptions that relate to safety.",
					"Progress in therapy is rarely a straight line, and a difficult week does not mean the work has failed."),
			"anxiety", List.of(
					"Anxiety is the body's alarm system doing its job a little too eagerly.",
					"A racing heart, tight chest and quick breathing are signs of adrenaline, not signs of danger in themselves.",
					"Avoiding what frightens us brings relief in the short term but tends to keep the fear alive.",
					"Worry often feels like problem-solving, yet it rarely ends with a decision or a plan.",
					"Gradual, planned exposure to feared situations allows the brain to learn that they can be survived.",
					"Slowing the out-breath is one of the simplest ways to signal safety to an anxious body.",
					"Intrusive thoughts are common, and having an unwanted thought says little about what a person wants or values.",
					"Reassurance can calm anxiety for a moment, but the need for it often returns stronger.",
					"Many people notice that their anxiety peaks in the morning and eases as the day goes on.",
					"Naming the feeling, even silently, can take a little of the urgency out of it.",
					"Safety behaviours such as gripping a rail or carrying water can stop us discovering that we would have coped anyway.",
					"Caffeine, poor sleep and skipped meals can all make anxious sensations more intense.",
					"Panic tends to rise, peak and pass within minutes, even though it feels as if it will last forever.",
					"Writing worries down at a set time each day can stop them spilling into every other hour."),
			"depression", List.of(
					"Depression is more than sadness: it can flatten interest, energy and hope all at once.",
					"Waiting to feel motivated before acting tends to keep people stuck, because motivation often follows action.",
					"Small, concrete activities that bring a sense of pleasure or achievement can gradually lift mood.",
					"Rumination goes over the same questions again and again without reaching an answer.",
					"Sleep and mood are closely linked, and changes in one often show up in the other.",
					"Antidepressants help some people, and a doctor can talk through the benefits and side effects.",
					"Feeling numb is a common experience in depression and can be as distressing as feeling low.",
					"Low mood often makes the past look darker and the future look closed, which is a symptom rather than a forecast.",
					"Keeping a simple record of activities and mood can reveal patterns that are hard to see day to day.",
					"Recovery usually comes in uneven steps, with better and worse days along the way.",
					"Telling one trusted person how things really are can reduce the sense of carrying it alone.",
					"Physical activity, even a short walk, has a modest but reliable effect on mood for many people.",
					"Self-criticism tends to grow louder in depression, and noticing it is a first step towards answering it.",
					"If low mood lasts for more than two weeks and affects daily life, it is worth speaking to a doctor."),
			"relationships", List.of(
					"Most arguments between partners are not about the topic on the table but about feeling unheard.",
					"A boundary is a statement about what you will do, not an instruction about what someone else must do.",
					"Loneliness is about the quality of connection more than the number of people around us.",
					"Repair attempts, such as a small joke or a softer tone, can turn an argument around when they are noticed.",
					"Listening to understand is different from listening to reply, and it usually feels slower.",
					"Attachment patterns formed early in life can shape how we react when someone close pulls away.",
					"Caring for a family member can be deeply meaningful and exhausting at the same time.",
					"Friendships in adult life often need more deliberate effort than they did at school or university.",
					"Taking a short break during a heated conversation can prevent things being said that are hard to take back.",
					"Jealousy is a common feeling, and what matters most is how it is expressed and acted on.",
					"Couples who do well are not the ones who never argue but the ones who find their way back to each other.",
					"Saying no kindly protects the relationship as well as the person saying it.",
					"Small daily moments of attention build trust more reliably than occasional grand gestures.",
					"Supporting a friend often means staying with them rather than fixing the problem."),
			"workplace", List.of(
					"Burnout describes exhaustion, distance from work and a sense of reduced effectiveness that build up over time.",
					"Workload and lack of control are stronger predictors of stress at work than personal weakness.",
					"Recovery after work depends on genuinely switching off, which is harder when messages arrive at all hours.",
					"A short conversation with a manager about priorities can remove more pressure than any breathing exercise.",
					"Returning after time off goes better with a phased plan agreed before the first day.",
					"Imposter feelings are common among capable people and tend to fade with honest feedback.",
					"Presenteeism, working while unwell, can cost more than the absence it replaces.",
					"Teams do better when people feel safe to admit mistakes and ask questions.",
					"Shift work disrupts sleep, so protecting the rest that is possible becomes especially important.",
					"Redundancy can affect identity and confidence as well as income, and both deserve attention.",
					"Clear start and end points to the working day help remote workers keep work from spreading everywhere.",
					"Managers who check in regularly and listen without judgement make a real difference to their teams.",
					"Taking annual leave is not a luxury but part of doing demanding work sustainably.",
					"A career change is often easier to think about in small experiments than as one big leap."),
			"growth", List.of(
					"Self-compassion means treating yourself with the kindness you would offer a good friend.",
					"Perfectionism often hides a fear of criticism rather than a love of high standards.",
					"Procrastination is usually a way of avoiding an uncomfortable feeling rather than a sign of laziness.",
					"New habits stick more easily when they are attached to something you already do every day.",
					"Setbacks are part of change, and what happens after a slip matters more than the slip itself.",
					"Values describe the direction you want to travel, while goals are the places you stop along the way.",
					"Being kind to yourself is not the same as letting yourself off the hook.",
					"Comparison with others tends to measure our inside against their outside.",
					"Confidence often grows after taking action, not before.",
					"A harsh inner voice can be answered with a calmer, more balanced one, even if the calm voice feels forced at first.",
					"Resilience is not a fixed trait but a set of resources, relationships and skills that can be built.",
					"Rest is a part of productive work, not a reward for finishing it.",
					"Writing down one thing that went reasonably well each day can shift attention in a helpful direction.",
					"Change that lasts is usually slower and less dramatic than the change we imagine."),
			"mindfulness", List.of(
					"Mindfulness means paying attention to the present moment on purpose, without rushing to judge it.",
					"The mind will wander during practice, and noticing that it has wandered is the practice.",
					"A few slow breaths with a longer out-breath can settle the body within a minute or two.",
					"Grounding exercises bring attention to the senses: what you can see, hear and feel right now.",
					"Research suggests mindfulness-based programmes can reduce the risk of depression returning for some people.",
					"A body scan moves attention slowly through the body, noticing sensations without trying to change them.",
					"Short practices repeated often tend to be easier to keep up than long ones done rarely.",
					"Mindful walking turns an ordinary journey into a chance to notice the feet, the air and the sounds around.",
					"Mindfulness is not about emptying the mind, which is neither possible nor the point.",
					"For some people, especially after trauma, focusing inward can feel uncomfortable and practice may need adapting.",
					"Noticing thoughts as passing events, rather than facts, can loosen their hold.",
					"Everyday tasks such as washing up or drinking tea can become brief moments of attention.",
					"The evidence for mindfulness is promising for some outcomes and weaker for others.",
					"Practising with a teacher or a group can make it easier to keep going when motivation dips."));

	static final List<String> GENERAL_SENTENCES = List.of(
			"Everyone's experience is different, and there is no single right way to feel.",
			"It can help to start with something small enough that it feels almost too easy.",
			"Research in this area is still developing, and many studies are small or short.",
			"If something here does not fit your situation, it is fine to leave it and take what is useful.",
			"Talking to a GP or another health professional is a sensible step if difficulties persist.",
			"Change is easier to notice over weeks than over days.",
			"Friends and family often want to help but may not know what would be useful, so telling them can make a difference.",
			"Keeping a short note of what you tried and how it went can help you see progress.",
			"None of these ideas replaces professional support when it is needed.",
			"It is common to feel worse for a short time when starting to face something that has been avoided.",
			"Being patient with yourself is part of the process rather than a distraction from it.",
			"Sleep, food, movement and contact with other people all affect how we feel, often more than we expect.",
			"Guidelines recommend talking therapies as a first step for many common mental health difficulties.",
			"What works for one person may not work for another, and trying a different approach is not a failure.",
			"A plan written down in advance is easier to follow on a difficult day than one made up in the moment.",
			"Small improvements count, even when they seem too minor to mention.",
			"There is often a gap between knowing what might help and being able to do it, and that gap is normal.",
			"Many people find that naming a difficulty makes it feel a little more manageable.",
			"Reliable information can reduce fear, while alarming headlines tend to increase it.",
			"Support from peers who have been through something similar can be a valuable addition to professional help.",
			"It is reasonable to ask any professional what the evidence is for what they suggest.",
			"Looking after physical health is part of looking after mental health.",
			"The aim is not to feel good all the time but to be able to live well with the full range of feelings.",
			"Progress is often clearer when looking back over a month than when looking at a single day.",
			"Kindness towards ourselves tends to make change more likely, not less.",
			"If you notice that you are avoiding something more and more, that pattern is worth paying attention to.",
			"Routines can provide structure when motivation is low.",
			"Some days will be harder than others, and that is not a sign that nothing is working.",
			"A trusted person can sometimes notice changes in us before we notice them ourselves.",
			"Asking for help is a skill, and like other skills it becomes easier with practice.",
			"Many of these difficulties are common, and most people experience some of them at some point in life.",
			"Brief exercises can be practised anywhere, including on a bus or at a desk.",
			"It helps to be specific: a plan to walk for ten minutes after lunch is easier to keep than a plan to exercise more.",
			"Noticing a pattern is often the first step towards changing it.",
			"If things feel overwhelming, focusing on the next hour rather than the next year can make them more manageable.",
			"Evidence from large reviews is generally more reliable than the findings of a single study.",
			"Feelings are information about what matters to us, even when they are uncomfortable.",
			"There is no deadline for feeling better.",
			"Professional help is available, and reaching out is a sign of strength rather than weakness.",
			"Being curious about your reactions, rather than critical of them, tends to open up more options.");

	static final List<String> OPENERS = List.of("In practice, ", "For many people, ", "Over time, ",
			"In our experience, ", "As a rule of thumb, ", "Put simply, ", "Perhaps surprisingly, ",
			"On a difficult day, ", "For some readers, ", "Often, ");

	static final List<String> LIST_ITEMS = List.of("Keep a short daily note of mood and activity",
			"Plan one small, pleasant activity for each day", "Slow the out-breath for a minute",
			"Notice five things you can see around you", "Tell one trusted person how you are really doing",
			"Set a regular time to get up, even at weekends", "Take a short walk outside after lunch",
			"Write worries down and set them aside until a fixed time", "Reduce caffeine after midday",
			"Agree a signal for taking a break during a difficult conversation", "Break a large task into steps of ten minutes",
			"Ask your manager to help you prioritise", "Turn off work notifications in the evening",
			"Practise a kinder response to a self-critical thought", "Drink a glass of water and stretch",
			"Check whether a thought is a fact or an interpretation", "Spend a few minutes with a pet or a plant",
			"Make a list of people you could call", "Prepare questions before an appointment",
			"Return to a hobby you used to enjoy", "Eat something at regular times",
			"Put the phone in another room at night", "Notice the feet on the floor", "Name the feeling silently",
			"Plan the first day back in detail", "Schedule time that is not for anything in particular",
			"Keep track of small wins", "Say no to one thing this week", "Listen without offering advice",
			"Reflect back what you heard before replying", "Choose one value to act on today",
			"Try a three-minute breathing space", "Walk slowly and notice each step",
			"Ask what support would actually help", "Keep the bedroom for sleep", "Reward effort, not only results");

	static final List<String> TABLE_HEADERS = List.of("| Approach | What it involves | Typical length |",
			"| Sign | What it can feel like | What may help |", "| Myth | What the evidence suggests |",
			"| Situation | Unhelpful reaction | Alternative |", "| Practice | Time needed | Good for |");

	static final Map<String, List<String>> TABLE_ROWS = Map.of(
			"| Approach | What it involves | Typical length |", List.of(
					"| Cognitive behavioural therapy | Working on thoughts and actions together | 6 to 20 sessions |",
					"| Behavioural activation | Scheduling valued activities | 8 to 16 sessions |",
					"| Interpersonal therapy | Focusing on relationships and roles | 12 to 16 sessions |",
					"| Guided self-help | Workbooks with brief support | 4 to 8 contacts |",
					"| Counselling | Open, client-led conversation | Varies |",
					"| Group programme | Learning skills with others | 6 to 10 weeks |"),
			"| Sign | What it can feel like | What may help |", List.of(
					"| Poor sleep | Tired but wired | A regular wind-down routine |",
					"| Irritability | Short fuse with people you love | Short breaks and honest conversations |",
					"| Withdrawal | Wanting to cancel plans | One small contact each day |",
					"| Racing thoughts | Mind will not switch off | Writing worries down |",
					"| Low energy | Everything feels heavy | Small, planned activities |",
					"| Tension | Tight shoulders and jaw | Gentle movement and slow breathing |"),
			"| Myth | What the evidence suggests |", List.of(
					"| Talking about it makes it worse | Talking to a supportive person usually helps |",
					"| You should just snap out of it | Mood is not under simple voluntary control |",
					"| Therapy is only for a crisis | Many people benefit from earlier support |",
					"| Mindfulness means emptying the mind | The practice is noticing, not emptying |",
					"| Strong people do not need help | Asking for help is a common and useful step |"),
			"| Situation | Unhelpful reaction | Alternative |", List.of(
					"| A critical email | Replying at once | Waiting an hour before replying |",
					"| A tense evening | Going over the argument | Agreeing a time to talk |",
					"| A missed deadline | Calling yourself useless | Asking what got in the way |",
					"| A sleepless night | Checking the clock | Getting up for a while |",
					"| A cancelled plan | Assuming rejection | Asking how the other person is |"),
			"| Practice | Time needed | Good for |", List.of(
					"| Three-minute breathing space | 3 minutes | Busy days |",
					"| Body scan | 10 to 30 minutes | Noticing tension |",
					"| Mindful walking | 5 to 20 minutes | Restlessness |",
					"| Five senses grounding | 1 to 2 minutes | Strong emotions |",
					"| Kind wishes practice | 10 minutes | Self-criticism |"));

	record Faq(String q, String a) {
	}

	static final List<Faq> FAQS = List.of(
			new Faq("How long does it take to notice a difference?",
					"It varies. Some people notice small changes within a few weeks, while for others change is gradual and easier to see looking back over a couple of months."),
			new Faq("Do I need a referral?",
					"In many places you can refer yourself to talking therapy services, though the details depend on where you live. A GP can also advise on local options."),
			new Faq("Is it normal to feel worse at first?",
					"Yes, it can be. Facing things that have been avoided is often uncomfortable at first, and that discomfort usually eases with practice."),
			new Faq("Can I try this alongside medication?",
					"Usually yes. Talk to the doctor who prescribes your medication about any changes you are considering."),
			new Faq("What if nothing seems to help?",
					"That is a good reason to speak to a professional. Another approach, a different practitioner or a review of the current plan may make a difference."),
			new Faq("How can I support someone going through this?",
					"Listen without rushing to fix things, ask what would help, and encourage them to seek professional support if difficulties persist."),
			new Faq("Is this the same as a diagnosis?",
					"No. Only a qualified professional who has assessed you can make a diagnosis. This article describes common experiences and general approaches."),
			new Faq("How often should I practise?",
					"Little and often tends to work better than occasional long sessions. A few minutes most days is a reasonable place to start."));

	static final List<String> CONTENT_WARNINGS = List.of(
			"This article mentions suicidal thoughts. If you are in danger now, call your local emergency number.",
			"This article discusses self-harm in general terms.",
			"This article includes descriptions of panic symptoms that some readers may find unsettling.",
			"This article discusses bereavement and loss.",
			"This article mentions disordered eating.");

	static final List<String> SURNAMES = List.of("Hartley", "Osei", "Lindqvist", "Moreau", "Adeyemi", "Brennan",
			"Castellano", "Dubois", "Eriksen", "Fairbairn", "Gallagher", "Hoshino", "Iversen", "Jaramillo", "Kowalski",
			"Lambert", "Mahmoud", "Nakamura", "O'Neill", "Petrov", "Quinn", "Rahman", "Sandoval", "Thorne", "Ueda",
			"Valdez", "Whitmore", "Xu", "Yilmaz", "Zielinski");

	static final List<String> JOURNALS = List.of("Journal of Applied Wellbeing", "Community Mental Health Review",
			"Studies in Brief Therapy", "Occupational Health Quarterly", "Review of Mood and Anxiety Research",
			"Journal of Everyday Psychology", "Families and Relationships Research", "Attention and Practice");

	static final List<String> REFERENCE_TITLES = List.of("A randomised trial of a brief group programme",
			"Patterns of help-seeking in a community sample", "Sleep, mood and daily activity: a diary study",
			"Workload and recovery in public sector staff", "Self-compassion and recovery from setbacks",
			"A systematic review of guided self-help", "Worry, avoidance and everyday functioning",
			"Couple communication after the birth of a first child", "Attention training in adults: a pilot study",
			"Long-term outcomes after talking therapy", "Loneliness across the adult lifespan",
			"Behavioural activation delivered by non-specialists", "Mindfulness-based programmes: an updated review");

	static final List<String> FOOTNOTES = List.of(
			"Findings from small studies like this one need repeating in larger samples before firm conclusions are drawn.",
			"The exact figure varies between surveys, depending on how the question is asked.",
			"This is a simplified description; practitioners adapt the approach to each person.",
			"Guidance differs slightly between countries, so check what applies where you live.",
			"The term is used loosely in everyday speech and more precisely in research.",
			"Some of the people who took part had also received other support at the same time.");

	static final String CRISIS_PARAGRAPH = "If you are thinking about harming yourself, or feel unable to keep yourself "
			+ "safe, contact your local emergency number or a crisis line in your area straight away. You do not have "
			+ "to wait until things are at their worst to ask for help.";

	/** Common tags first, so a Zipf-like draw over this list makes the first ones common and the last ones rare. */
	static final List<String> BASE_TAGS = List.of("Anxiety", "Self-care", "Stress", "Sleep", "Therapy", "Low mood",
			"Breathing", "Self-compassion", "Burnout", "Communication", "Worry", "Habits", "Depression", "Grounding",
			"Boundaries", "Relationships", "CBT", "Panic", "Loneliness", "Resilience", "Motivation", "Exercise",
			"Perfectionism", "Procrastination", "Rumination", "Mindfulness", "Work", "Parenting", "Grief",
			"Crisis support", "Medication", "Social anxiety", "Rest", "Routine", "Attention", "Emotions",
			"Confidence", "Family", "Friendship", "Couples", "Managers", "Remote work", "Students", "Carers",
			"Exposure", "Avoidance", "Values", "Acceptance", "Behavioural activation", "Health anxiety",
			"Intrusive thoughts", "Self-criticism", "Body scan", "Meditation", "Journaling", "Nutrition", "Nature",
			"Walking", "Screen time", "Caffeine", "Alcohol", "Trauma", "Attachment", "Conflict", "Listening",
			"Apologies", "Jealousy", "Breakups", "Divorce", "Teenagers", "Older adults", "Men's health",
			"Women's health", "Pregnancy", "Postnatal", "Menopause", "Chronic pain", "Long-term conditions",
			"Fatigue", "Insomnia", "Nightmares", "Shift work", "Redundancy", "Career change", "Imposter feelings",
			"Presenteeism", "Return to work", "Workload", "Leadership", "Team culture", "Psychological safety",
			"Feedback", "Decision making", "Comparison", "Gratitude", "Kindness", "Hope", "Meaning", "Purpose",
			"Identity", "Change", "Setbacks", "Recovery", "Relapse prevention", "Waiting lists", "Online therapy",
			"Group therapy", "Counselling", "ACT", "DBT", "Schema therapy", "Interpersonal therapy", "EMDR",
			"Assessment", "Diagnosis", "GP", "Peer support", "Helplines", "Safety planning", "Suicide prevention",
			"Self-harm", "Eating", "Body image", "Exams", "University", "Money worries", "Housing", "Moving home",
			"Bereavement", "Anniversaries", "Seasons", "Winter", "Holidays", "Christmas", "Birthdays", "Weekends",
			"Mornings", "Evenings", "Commuting", "Noise", "Clutter", "Pets", "Gardening", "Music", "Reading",
			"Creativity", "Volunteering", "Community", "Faith", "Culture", "Language", "Stigma", "Disclosure",
			"Research", "Evidence", "Myths", "Headlines", "Statistics", "Guidelines", "Neuroscience", "Hormones",
			"Heart rate", "Tension", "Posture", "Yoga", "Stretching", "Swimming", "Running", "Cycling", "Dance");

	static final List<String> TAG_QUALIFIERS = List.of("at work", "for parents", "in teenagers", "in later life",
			"for students", "for carers", "for couples", "at night", "in winter", "after loss");

	static final List<String> QUALIFIED_TAG_BASES = List.of("Anxiety", "Stress", "Sleep", "Low mood", "Loneliness",
			"Burnout", "Worry", "Grief", "Panic", "Self-compassion", "Boundaries", "Rest", "Confidence",
			"Communication", "Habits", "Motivation", "Mindfulness", "Breathing", "Routine", "Resilience",
			"Perfectionism", "Exercise", "Screen time", "Recovery");

	/** About 400 tag names: the base tags, then qualified ones ("Sleep for parents") for the long tail. */
	static List<String> tagNames(int wanted) {
		Set<String> names = new LinkedHashSet<>(BASE_TAGS);
		outer: for (String qualifier : TAG_QUALIFIERS) {
			for (String base : QUALIFIED_TAG_BASES) {
				if (names.size() >= wanted) {
					break outer;
				}
				names.add(base + " " + qualifier);
			}
		}
		return new ArrayList<>(names).subList(0, Math.min(wanted, names.size()));
	}

}
