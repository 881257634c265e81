/**
 * Common US given names (handwritten from the most frequent given names of recent decades, about 1,400 of them),
 * used only to decide which word of an ambiguous "Smith Jane" is the given name. Not a gate: unlisted names parse too.
 */
const commonFirstNamesText = `
aaron abby abdul abdullah abe abel abena abigail abraham abram ada adam adan adebayo adela adele adolfo
adolph adrian adriana adrienne agatha agnes agustin ahmad ahmed aida aileen aimee aisha ajay akash al alan
alana albert alberta alberto alden alec alejandra alejandro alex alexa alexander alexandra alexandria alexei
alexis alfonso alfred alfredo ali alice alicia alina alisa alison alissa allan allen allison alma alonzo
althea alton alvaro alvin alyssa ama amanda amber amelia amina amir amit amos amy ana anand anastasia
anderson andre andrea andreas andres andrew andy angel angela angelica angelina angelo angie anh anibal anil
anish anita anjali ann anna annabelle anne annette annie anthony antoine antoinette anton antonia antonio
aparna april archie ari ariel arjun arlen arlene arman armand armando arnold arnulfo aron arthur arturo arun
arvind asha asher ashish ashlee ashley ashok ashton astrid aubrey audrey august augustine aurora austin ava
avery axel ayesha barbara barney barry bart basil beatrice beatriz beau becky belinda bella ben
benito benjamin bennett benny bernadette bernard bernardo bernice bernie bert beth bethany betsy betty
beverly bianca bilal bill billy blaine blair blake blanca bo bob bobby bonnie boris boyd brad braden
bradford bradley brady brandi brandon brandy brant brenda brendan brent brett brian briana brianna brice
bridget brittany brittney brock broderick brody brooke bruce bruno bryan bryant bryce bryson buck bud burton
byron caitlin caleb callie calvin cameron camila camille candace candice cara carl carla carlo carlos
carlton carmelo carmen carol carole caroline carolyn carrie carroll carson carter cary casey cassandra
cassie catherine cathy cecil cecilia cedric celeste celia cesar chad chaim chance chandler chandra charity
charlene charles charlie charlotte chase chelsea chen cheryl chester chinedu chloe chris christa christian
christie christina christine christopher christy chuck chukwuemeka cindy claire clara clarence clarissa
clark claude claudia clay clayton clement cliff clifford clifton clint clinton clyde cody colby cole coleman
colin colleen collin colton conner connie connor conrad constance cooper cora corey corinne cornelius cory
courtney craig cristian cristina cristobal crystal curt curtis cynthia cyrus daisy dale dallas dalton damian
damon dan dana dane daniel danielle danny dante daphne darin dario darius darla darnell darrell darren
darrin darryl daryl dave david davis dawn dean debbie deborah debra deepa deepak deirdre delia della delores
denise dennis denny deon derek derick derrick desiree desmond devin devon dewayne dexter diana diane dianne
diego dillon dimitri dinesh dirk divya dmitri dolores dominic dominick dominique don donald donna donnie
donovan dora dorian doris dorothy doug douglas drew duane duc dudley duncan dustin dwayne dwight dylan earl
ed eddie edgar edith edmund edna eduardo edward edwin efrain eileen elaine eleanor elena eli elias elijah
eliot elisa elise eliza elizabeth ella ellen elliot elliott ellis elmer eloise elsa elsie elton elvin elvis
emanuel emeka emil emilio emily emma emmanuel emmett enrique eric erica erick erik erika erin ernest ernesto
ernie errol ervin esperanza esteban estela estelle esther ethan ethel eugene eugenia eva evan evelyn everett
ezra fabian faisal faith farhan farid fatemeh fatima faye felicia felipe felix fernanda fernando fiona flora
florence floyd forrest frances francesca francis francisco frank frankie franklin fred freda freddie freddy
frederick fredrick gabe gabriel gabriela gabrielle gail gale galen galina garrett garry gary gaurav gavin
geeta gemma gene geneva genevieve geoffrey george georgia gerald geraldine gerard gerardo gilbert gilberto
gina ginger giovanni gladys glen glenda glenn gloria gopal gordon grace grady graham grant greg gregg
gregory greta gretchen griffin guadalupe guillermo gus gustavo guy gwen gwendolyn hailey hakeem hal haley
hamza hank hannah hans hao hari harlan harold harriet harris harrison harry harvey hassan hayden hazel
heather hector heidi helen helena henrietta henry herbert herman hilary hillary hiroshi hoa holly homer hong
hope horace hossein howard hua hubert hugh hugo hui humberto hung hunter huong hyun ian ibrahim ida
ignacio igor ikechukwu imani imran ines ingrid irene irina iris irving isaac isabel isabella isabelle isaiah
ismael israel ivan ivy jack jackie jackson jaclyn jacob jacqueline jada jade jaime jake jamal james jamie
jan jana jane janelle janet janice janine jared jasmine jason jasper javier jay jean jeanette jeanne jed
jeff jefferey jeffery jeffrey jenna jennifer jenny jeremiah jeremy jermaine jerome jerry jesse jessica
jessie jesus ji jian jill jillian jim jimmie jimmy jing jo joan joann joanna joanne joaquin jocelyn jodi
jody joe joel joey johan johanna john johnathan johnnie johnny jolene jon jonah jonas jonathan jordan jorge
jose josefina joseph josephine josh joshua josue joy joyce juan juanita judah jude judith judy julia julian
juliana julie juliet julio julius jun june justin justine jyoti kai kaitlyn kamala kamran kara kareem karen
kari karina karl karla kasey kate katelyn katherine kathleen kathryn kathy katie katrina kavita kay kayla
keisha keith kelli kellie kelly kelsey kelvin ken kendall kendra kendrick kenneth kenny kent kerri kerry
kevin khalid kim kimberly kiran kirk kirsten kofi kris krishna krista kristen kristi kristin kristina
kristine kristopher krystal kurt kwabena kwame kyle lacey lakshmi lamar lan lance landon lane larry lars
latasha latoya laura lauren laurence laurie laverne lawrence leah lee lei leigh leila leland lena leo leon
leona leonard leonardo leroy leslie lester leticia levi lewis li liam lila lillian lily lincoln linda
lindsay lindsey ling linh lionel lisa liza lloyd logan lois lola lonnie lora lorenzo loretta lori lorraine
louis louise lowell luca lucas lucia lucille lucy ludmila luis luisa luke luther luz lydia lyle lynda lynn
lynne mabel mac mack mackenzie madeline madhu madison mae maggie mai malcolm mallory mandy manish manoj
manuel marc marcel marcia marco marcos marcus margaret margarita margie maria mariah marian marianne maribel
marie marilyn marina mario marion marisa marissa marjorie mark marla marlene marlon marsha marshall martha
martin marty marvin mary maryam maryann mason mateo mathew matilda matt matthew maureen maurice max maxine
maxwell maya meera megan meghan mehdi mei melanie melinda melissa melody melvin mercedes meredith merle mia
micah michael michele michelle mickey miguel mike mildred miles milo milton min mindy ming minh miranda
miriam misty mitchell mohamed mohammad mohammed mohan moises molly mona monica monique monte morgan morris
moses muhammad muriel murray myra myron nadeem nadia nancy naomi natalia natalie natalya natasha nathan
nathaniel naveen neal ned neha neil nellie nelson ngoc ngozi nicholas nick nicolas nicole nigel nikhil nina
nisha nitin nkechi noah noel nolan nora norma norman obinna oleg olga oliver olivia olumide oluwaseun omar
orlando orville oscar otis otto owen pablo paige pam pamela pankaj paris parisa parker pat patrice patricia
patrick patsy paul paula paulette pauline pearl pedro peggy penelope penny percy perry pete peter phil
philip phillip phyllis pierce pierre pooja pradeep prakash pranav preeti preston priscilla priya
qing quang quentin quincy quinn rachael rachel radha rafael rahul raj rajesh rajiv rakesh ralph ramesh
ramiro ramon ramona randal randall randolph randy rani raphael raquel rashid raul ravi ray raymond rebecca
reed reggie regina reginald reid rekha rene renee reuben rex reza rhonda ricardo richard rick rickey ricky
rita rob robbie robert roberta roberto robin robyn rocco rochelle rod roderick rodney rodolfo rodrigo
rogelio roger rohit roland rolando roman ron ronald ronnie rory rosa rosalie rosalind rosanne rose rosemary
ross roxanne roy ruben ruby rudolph rudy rufus russ russell ruth ryan sabrina sachin sadie sally salvador
sam samantha sameer samir samira sammy samuel sana sandeep sandra sandy sanjay sanjeev santiago santos sara
sarah saul savannah scott sean sebastian selena serena sergei sergio seth seung shana shane shannon sharon
shaun shauna shawn sheila shelby sheldon shelley sheri sherman sherri sherry shilpa shirley shreya sidney
sierra silas silvia simon simone sita sofia sonia sonny sonya sophia sophie spencer srinivas stacey stacy
stanley stefan stella stephanie stephen sterling steve steven stewart stuart sue sung sunil sunita suresh
susan susana suzanne sven svetlana swati sylvia tabitha tamara tami tammy tanner tanya tara tariq tatiana
ted teddy terence teresa teri terrance terrell terrence terri terry tess tessa thaddeus thanh thelma theo
theodore theresa thomas tiffany tim timothy tina toby todd tom tomas tommy toni tony tonya tracey traci
tracy trang travis trent trevor trey trisha tristan troy tuan tucker tunde ty tyler tyrone uma uriel ursula
usha valentin valerie van vance vanessa venkat vera vernon veronica vic vicki vickie victor victoria vidya
vijay vikram vince vincent vinod viola violet virgil virginia vishal vivek vivian vladimir wade wallace
walter wanda warren wayne wei wendell wendy wesley weston whitney wilbur wiley will willard william willie
wilma wilson winston wyatt xavier xiao xin yan yasmeen yasmin yaw yesenia ying yolanda yosef young yu yuri
yusuf yvette yvonne zachary zack zainab zane zhen zoe
`;

const commonFirstNames = new Set(commonFirstNamesText.split(/\s+/).filter(Boolean));

/** True when a word (any case, accents ignored) is a common US given name. */
export function isCommonFirstName(word: string): boolean {
  const key = word
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/\.$/, '');
  return commonFirstNames.has(key);
}
