import type { VocabularyList } from '../vocabulary';

/**
 * Cybersecurity: security operations, detection and response, offensive testing, governance,
 * networking fundamentals, and the SIEM/EDR/scanner products and certifications of the field.
 */
export const SECURITY: VocabularyList = {
	tools: `
Microsoft Sentinel|Azure Sentinel
IBM QRadar|QRadar
ArcSight
LogRhythm
Elastic Security|Elastic SIEM
Sumo Logic
Exabeam
Securonix
CrowdStrike|CrowdStrike Falcon
SentinelOne
Carbon Black|VMware Carbon Black
Microsoft Defender|Microsoft Defender for Endpoint|Defender for Endpoint|Microsoft 365 Defender|Defender XDR|Microsoft Defender XDR
Cortex XDR|Cortex XSOAR
Palo Alto Networks|Palo Alto firewalls|Palo Alto
Fortinet|FortiGate
Cisco ASA
Check Point
Zscaler
CyberArk
BeyondTrust
=Tenable|Tenable.io|Tenable.sc|=Nessus
=Qualys
=Rapid7|InsightVM|InsightIDR
Burp Suite
Metasploit
=Nmap
Wireshark
=Zeek
Suricata
Snort IDS
Volatility
=YARA
Sigma rules
=KQL|Kusto Query Language|=Kusto
=SPL|Search Processing Language
Splunk SOAR|Splunk Phantom
TheHive
=MISP
Velociraptor
Kali Linux
OpenVAS
Veracode
Checkmarx
=Snyk
=Wiz
Prisma Cloud
Microsoft Purview
Varonis
Proofpoint
Mimecast
KnowBe4
Active Directory|=AD DS
Azure Active Directory|Azure AD|Microsoft Entra ID|Entra ID|Microsoft Entra
Microsoft Windows|=Windows
macOS
`,
	skills: `
security operations|=SOC|security operations center|security operations centre
=SIEM|security information and event management
=EDR|endpoint detection and response
=XDR|extended detection and response
endpoint security|endpoint protection
=SOAR|security orchestration, automation and response
threat hunting
threat intelligence|cyber threat intelligence|=CTI
threat modelling|threat modeling
malware analysis|reverse engineering
digital forensics|=DFIR|forensic analysis|computer forensics
phishing analysis|phishing|phishing simulations
email security
network security
firewalls|firewall management|firewall
network traffic analysis|packet analysis|traffic analysis
vulnerability management|vulnerability scanning|vulnerability remediation
vulnerability assessment|vulnerability assessments
detection engineering|detection rules|detection use cases|detection content
MITRE ATT&CK|=ATT&CK|MITRE ATTACK
Cyber Kill Chain|kill chain
NIST Cybersecurity Framework|=NIST CSF|=NIST|NIST 800-53|NIST SP 800-53
=CIS Controls|CIS Benchmarks
=OWASP|OWASP Top 10
application security|=AppSec
secure coding
=SAST|static application security testing
=DAST|dynamic application security testing
cloud security
=CSPM|cloud security posture management
zero trust
public key infrastructure|=PKI
encryption|cryptography
security awareness|security awareness training
data loss prevention|=DLP
governance, risk and compliance|=GRC
=ISMS|information security management system
=TISAX
=DORA|Digital Operational Resilience Act
=NIS2
security audits|security audit
red teaming|red team
blue team
networking|computer networking|network engineering|network administration
=TCP/IP
=DNS
=DHCP
=HTTP|=HTTPS|=HTTP/2
=TLS|=SSL|SSL/TLS
=VPN|=VPNs
=LAN|=WAN|LAN/WAN
routing and switching
load balancing|load balancers|load balancer
=BGP
=OSPF
=VLAN|=VLANs
=SD-WAN
scripting|scripting languages
`,
	certifications: `
CompTIA CySA+|=CySA+
CompTIA Network+|=Network+
CompTIA PenTest+|=PenTest+
=CEH|Certified Ethical Hacker
=OSCP
=OSCE
=GCIH
=GCIA
=GCFA
=GSEC
=GPEN
=GIAC
=BTL1|Blue Team Level 1
=CCSP
=SSCP
=CRISC
=CGEIT
ISO 27001 Lead Auditor|ISO 27001 Lead Implementer
=SC-200
=AZ-500
AWS Certified Security|AWS Security Specialty
=eJPT
=PNPT
=CCIE
Cisco CyberOps Associate|CyberOps Associate
`
};
