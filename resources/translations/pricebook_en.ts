<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>CatalogIO</name>
    <message numerus="yes">
        <source>Pricebook has no column by this name, nor by %n other column(s) of the file (%1); they are not imported. Map them to one of: %2.</source>
        <translation>
            <numerusform>Pricebook has no column by this name, nor by %n other column of the file (%1); they are not imported. Map them to one of: %2.</numerusform>
            <numerusform>Pricebook has no column by this name, nor by %n other columns of the file (%1); they are not imported. Map them to one of: %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Validator</name>
    <message numerus="yes">
        <source>%1 products have no prices; the %n price(s) will not be sent.</source>
        <translation>
            <numerusform>%1 products have no prices; the %n price will not be sent.</numerusform>
            <numerusform>%1 products have no prices; the %n prices will not be sent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 products need at least %n price(s).</source>
        <translation>
            <numerusform>%1 products need at least %n price.</numerusform>
            <numerusform>%1 products need at least %n prices.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 products take at most %n price(s); this one has %2.</source>
        <translation>
            <numerusform>%1 products take at most %n price; this one has %2.</numerusform>
            <numerusform>%1 products take at most %n prices; this one has %2.</numerusform>
        </translation>
    </message>
</context>
</TS>
