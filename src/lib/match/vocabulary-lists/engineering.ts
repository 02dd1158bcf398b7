import type { VocabularyList } from '../vocabulary';

/**
 * Mechanical, civil/structural and electrical engineering: design and analysis methods, codes
 * and standards, quality methods of manufacturing, CAD/CAE/PLM software and chartered status.
 */
export const ENGINEERING: VocabularyList = {
	tools: `
Siemens NX|=NX|Unigraphics
=CATIA|CATIA V5|=CATIA V6
=Creo|PTC Creo|Pro/ENGINEER
Autodesk Inventor
Fusion 360|Autodesk Fusion
Solid Edge
Teamcenter|Siemens Teamcenter
Windchill|PTC Windchill
=ENOVIA
3DEXPERIENCE
=ANSYS|=Ansys|Ansys Mechanical|Ansys Fluent
Abaqus
=COMSOL|COMSOL Multiphysics
=Nastran|MSC Nastran
HyperMesh|Altair HyperWorks
LS-DYNA
STAR-CCM+
OpenFOAM
LabVIEW
AutoCAD Civil 3D|Civil 3D
=EPLAN|EPLAN Electric P8
=ETAP
PowerFactory|DIgSILENT PowerFactory|=DIgSILENT
=PSS/E|PSSE
=DIALux
Navisworks
=Tekla|Tekla Structures
=ETABS
SAP2000
STAAD.Pro|=STAAD
Robot Structural Analysis|Autodesk Robot
Midas Civil|midas Gen|=MIDAS
=LUSAS
=SOFiSTiK
=RFEM|Dlubal RFEM
=PLAXIS|=Plaxis
GeoStudio
MicroStation|Bentley MicroStation
OpenRoads|OpenRoads Designer
=12d Model
InfoWorks ICM
HEC-RAS
Flood Modeller
WaterGEMS
Bluebeam|Bluebeam Revu
Procore
=Aconex
SketchUp
Rhinoceros 3D|Rhino 3D|Grasshopper 3D
=Altium|Altium Designer
KiCad
=OrCAD
Cadence Virtuoso|Cadence Allegro
LTspice|=SPICE
TIA Portal|Siemens TIA Portal|=Step 7|=STEP 7
Studio 5000|RSLogix|Allen-Bradley
=Arduino
Raspberry Pi
`,
	skills: `
mechanical design|machine design|mechanical engineering design
=CAD|computer-aided design|=3D CAD|CAD design|=2D CAD|CAD modelling|CAD modeling
3D modelling|3D modeling|3D models|3D model
technical drawings|technical drawing|engineering drawings|engineering drawing|production drawings|manufacturing drawings|2D drawings|detail drawings
=GD&T|geometric dimensioning and tolerancing
tolerance analysis|tolerance stack-up analysis|tolerance stack-up|tolerance stack-ups|tolerance stackups|stack-up analysis
finite element analysis|=FEA|=FEM|finite element method|finite element modelling|finite element modeling
computational fluid dynamics|=CFD
structural analysis
stress analysis
engineering calculations|design calculations|hand calculations|strength calculations|structural calculations
material selection|materials selection
=FMEA|=DFMEA|=PFMEA|failure mode and effects analysis|failure mode and effect analysis
design for manufacturing|design for manufacture|design for manufacturability|design for assembly|=DFM|=DFMA
design reviews|design review
design verification|design validation|verification and validation|=V&V|validation testing|product validation
engineering change management|engineering change requests|engineering change orders|engineering change notes|=ECR|=ECRs|=ECN|=ECNs|=ECO|=ECOs
bill of materials|bills of materials|=BOM|=BOMs|=BoM
product lifecycle management|=PLM
product data management|=PDM
8D problem solving|=8D|8D reports|8D methodology|8D report
5 Whys|five whys
Ishikawa diagrams|fishbone diagrams|Ishikawa|fishbone analysis
=APQP
=PPAP
statistical process control|=SPC
measurement system analysis|gauge R&R
process capability|=Cpk
=IATF 16949
ISO 14001
ISO 45001
=AS9100
ISO 13485
quality management systems|quality management system|=QMS|quality systems
=CE marking|CE certification
Machinery Directive
Pressure Equipment Directive|=PED
=ATEX
electromagnetic compatibility|=EMC
hydraulics|hydraulic systems|fluid power|hydraulic design
pneumatics|pneumatic systems
thermodynamics
heat transfer
fluid mechanics|fluid dynamics
=HVAC|heating, ventilation and air conditioning
=MEP|mechanical, electrical and plumbing
welding|weld design|welded structures|welded assemblies
machining|machined parts|machined components
=CNC|CNC machining|CNC programming
sheet metal|sheet metal design
injection moulding|injection molding
additive manufacturing|3D printing
manufacturing processes|manufacturing engineering
non-destructive testing|=NDT
structural design
bridge design|bridge engineering|highway structures
reinforced concrete|concrete design|reinforced concrete design|concrete structures
steel design|steel structures|structural steel|steelwork design|steel bridges
geotechnical engineering|geotechnics|geotechnical design
foundation design
temporary works
highway design|road design
drainage design|sustainable drainage|=SuDS
flood risk assessment|flood risk
hydraulic modelling|hydraulic modeling
earthworks
site supervision|site inspections|construction supervision
quantity surveying
cost estimating|estimating
land surveying|topographic surveys|topographical surveys
bridge inspections|principal inspections|structural inspections|general inspections
structural assessment|structural assessments|condition assessment|condition assessments
=Eurocodes|Eurocode|=EN 1992|=EN 1993
Design Manual for Roads and Bridges|=DMRB
=CDM|CDM regulations|CDM 2015|Construction (Design and Management) Regulations
Approval in Principle|=AIP|technical approval
=NEC3|=NEC4|NEC contracts
=FIDIC
=JCT|JCT contracts
=RAMS|method statements|risk assessments and method statements
building regulations|building codes
building information modelling|building information modeling|=BIM|BIM Level 2|ISO 19650
electrical design|electrical systems design
power systems|power distribution|power system
high voltage|=HV
low voltage|=LV
switchgear
protection relays|power system protection|protection and control
power system studies|load flow studies|load flow analysis|short circuit studies|short circuit analysis|arc flash studies
PLC programming|=PLC|=PLCs|programmable logic controllers
=SCADA
=HMI|human-machine interface
control systems|controls engineering|control engineering
instrumentation|instrumentation and control|=C&I|=I&C
PCB design|PCB layout|printed circuit board design
=PCB|=PCBs|=PCBA|=PCBAs|printed circuit boards
schematics|schematic design|wiring diagrams|schematic capture
electrical installation|electrical installations
commissioning|testing and commissioning
renewable energy|renewables
solar PV|photovoltaics
battery energy storage|=BESS
variable frequency drives|=VFD|=VFDs
`,
	qualifications: `
Chartered Engineer|=CEng|chartered status|chartership
Incorporated Engineer|=IEng
Professional Engineer|=PE license|=P.E.|PE licence
Engineer in Training|=EIT|=FE exam
=EUR ING
`,
	certifications: `
=CSWA
=CSWP
=CSCS|CSCS card
=SMSTS
=SSSTS
=IPAF
=PASMA
=CSWIP
18th Edition|=BS 7671|IET Wiring Regulations
`,
	degreeFields: `
civil engineering
structural engineering
mechatronics
chemical engineering
industrial engineering
aerospace engineering|aeronautical engineering
electronic engineering|electronics engineering
materials science|materials engineering
building services engineering
environmental engineering
construction management
`
};
