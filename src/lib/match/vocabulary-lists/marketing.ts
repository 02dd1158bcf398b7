import type { VocabularyList } from '../vocabulary';

/** Marketing, communications and content beyond the first list: channels, methods and tools. */
export const MARKETING: VocabularyList = {
	tools: `
Buffer Publish
Sprinklr
Brandwatch
Meltwater
=Cision
Muck Rack
Salesforce Marketing Cloud|=SFMC|ExactTarget
Adobe Analytics
Adobe Experience Manager|=AEM
Adobe Target
Adobe Campaign
ActiveCampaign
=Brevo|Sendinblue
Campaign Monitor
Constant Contact
Customer.io
Twilio Segment|Segment.io
mParticle
Tealium
OneTrust
Unbounce
Instapage
=Drupal
Squarespace
=Wix
Sitecore
=Moz
SimilarWeb|Similarweb
Pinterest Ads
Snapchat Ads
X Ads|Twitter Ads
Reddit Ads
YouTube Ads
Apple Search Ads
AppsFlyer
Google Merchant Center
Google Shopping
Amazon Seller Central|Seller Central
Amazon Vendor Central|Vendor Central
=ChatGPT
`,
	skills: `
content creation|content production
blog writing|blogging
proofreading
copy editing|copyediting
video editing
storytelling
press releases|press release
media relations|press relations|public relations
corporate communications
internal communications|internal comms
crisis communications|crisis communication
event management|event planning|event marketing|events management
trade shows|trade fairs|exhibitions
campaign management|campaign planning|marketing campaigns|integrated campaigns|campaign execution
marketing strategy|marketing plans|marketing plan
brand strategy|brand positioning
community management|online community management
lifecycle marketing|retention marketing|=CRM marketing
account-based marketing|=ABM
demand generation|demand gen
lead nurturing
media planning|media buying
programmatic advertising|programmatic|programmatic buying
display advertising|display ads
retargeting|remarketing
keyword research
link building
technical SEO|on-page SEO|off-page SEO|local SEO
app store optimization|=ASO
localization|localisation
translation
market segmentation
customer insights|consumer insights
`,
	certifications: `
Meta Blueprint|Meta Certified
=CIM|Chartered Institute of Marketing|Chartered Marketer
`,
	degreeFields: `
communication studies|media studies|communications and media
journalism
`
};
