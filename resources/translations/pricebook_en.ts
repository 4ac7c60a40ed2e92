<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ArchiveDialog</name>
    <message numerus="yes">
        <source>%n %1 product(s) not sent: %2</source>
        <translation>
            <numerusform>%n %1 product not sent: %2</numerusform>
            <numerusform>%n %1 products not sent: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %2 key: %n product(s)</source>
        <translation>
            <numerusform>%1, %2 key: %n product</numerusform>
            <numerusform>%1, %2 key: %n products</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Archive %n product(s) on %1?</source>
        <translation>
            <numerusform>Archive %n product on %1?</numerusform>
            <numerusform>Archive %n products on %1?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restore %n product(s) on %1?</source>
        <translation>
            <numerusform>Restore %n product on %1?</numerusform>
            <numerusform>Restore %n products on %1?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Catalog</name>
    <message numerus="yes">
        <source>%1 (and %n more conflict(s))</source>
        <translation>
            <numerusform>%1 (and %n more conflict)</numerusform>
            <numerusform>%1 (and %n more conflicts)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The target catalog is not empty (%1 has %n row(s)); nothing was copied. Copy into a new, empty catalog.</source>
        <translation>
            <numerusform>The target catalog is not empty (%1 has %n row); nothing was copied. Copy into a new, empty catalog.</numerusform>
            <numerusform>The target catalog is not empty (%1 has %n rows); nothing was copied. Copy into a new, empty catalog.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CatalogIO</name>
    <message numerus="yes">
        <source>Pricebook has no column by this name, nor by %n other columns of the file (%1); they are not imported. Map them to one of: %2.</source>
        <translation>
            <numerusform>Pricebook has no column by this name, nor by %n other column of the file (%1); they are not imported. Map them to one of: %2.</numerusform>
            <numerusform>Pricebook has no column by this name, nor by %n other columns of the file (%1); they are not imported. Map them to one of: %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChangePlan</name>
    <message numerus="yes">
        <source>%n operation(s)</source>
        <translation>
            <numerusform>%n operation</numerusform>
            <numerusform>%n operations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n product(s)</source>
        <translation>
            <numerusform>%n product</numerusform>
            <numerusform>%n products</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message numerus="yes">
        <source>the database already holds %n other tables</source>
        <translation>
            <numerusform>the database already holds %n other table</numerusform>
            <numerusform>the database already holds %n other tables</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanApplier</name>
    <message numerus="yes">
        <source>Applied %n change(s).</source>
        <translation>
            <numerusform>Applied %n change.</numerusform>
            <numerusform>Applied %n changes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Validator</name>
    <message numerus="yes">
        <source>%1 products have no prices; the %n prices will not be sent.</source>
        <translation>
            <numerusform>%1 products have no prices; the %n price will not be sent.</numerusform>
            <numerusform>%1 products have no prices; the %n prices will not be sent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 products need at least %n prices.</source>
        <translation>
            <numerusform>%1 products need at least %n price.</numerusform>
            <numerusform>%1 products need at least %n prices.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 products take one price; this one has %n.</source>
        <translation>
            <numerusform>%1 products take one price; this one has %n.</numerusform>
            <numerusform>%1 products take one price; this one has %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 products take at most %2 prices; this one has %n.</source>
        <translation>
            <numerusform>%1 products take at most %2 prices; this one has %n.</numerusform>
            <numerusform>%1 products take at most %2 prices; this one has %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pb::ApplyPlanDialog</name>
    <message numerus="yes">
        <source>These %n operation(s) will be made, in this order. Nothing else is sent.</source>
        <translation>
            <numerusform>This %n operation will be made. Nothing else is sent.</numerusform>
            <numerusform>These %n operations will be made, in this order. Nothing else is sent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Applied: %n product(s) now match the plan.</source>
        <translation>
            <numerusform>Applied: %n product now matches the plan.</numerusform>
            <numerusform>Applied: %n products now match the plan.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>What remains is the plan above: %n operation(s). Resume applies exactly that; nothing else is sent.</source>
        <translation>
            <numerusform>What remains is the plan above: %n operation. Resume applies exactly that; nothing else is sent.</numerusform>
            <numerusform>What remains is the plan above: %n operations. Resume applies exactly that; nothing else is sent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n applied</source>
        <translation>
            <numerusform>%1 of %n applied</numerusform>
            <numerusform>%1 of %n applied</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Applied to %1 of %n product(s).</source>
        <translation>
            <numerusform>Applied to %1 of %n product.</numerusform>
            <numerusform>Applied to %1 of %n products.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with problems (see the report below).</source>
        <translation>
            <numerusform>%n with problems (see the report below).</numerusform>
            <numerusform>%n with problems (see the report below).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pb::CheckDialog</name>
    <message numerus="yes">
        <source>Reading %n product(s) from their providers…</source>
        <translation>
            <numerusform>Reading %n product from its provider…</numerusform>
            <numerusform>Reading %n products from their providers…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n product(s) are in step with their providers.</source>
        <translation>
            <numerusform>The product is in step with its provider.</numerusform>
            <numerusform>All %n products are in step with their providers.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checked %1 of %n product(s)…</source>
        <translation>
            <numerusform>Checked %1 of %n product…</numerusform>
            <numerusform>Checked %1 of %n products…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n product(s) differ from their providers or could not be checked: choose one to see its fields.</source>
        <translation>
            <numerusform>%1 of %n product differs from its provider or could not be checked: choose one to see its fields.</numerusform>
            <numerusform>%1 of %n products differ from their providers or could not be checked: choose one to see its fields.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n product(s) hold values kept here that Update sends to the provider.</source>
        <translation>
            <numerusform>%1 of %n product holds values kept here that Update sends to the provider.</numerusform>
            <numerusform>%1 of %n products hold values kept here that Update sends to the provider.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pb::ImportReportDialog</name>
    <message numerus="yes">
        <source>The %n products to import:</source>
        <translation>
            <numerusform>The %n product to import:</numerusform>
            <numerusform>The %n products to import:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The first %n products to import:</source>
        <translation>
            <numerusform>The first %n product to import:</numerusform>
            <numerusform>The first %n products to import:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pb::MainWindow</name>
    <message numerus="yes">
        <source>%n product(s) were not archived on their provider, so they stay here.</source>
        <translation>
            <numerusform>%n product was not archived on its provider, so it stays here.</numerusform>
            <numerusform>%n products were not archived on their provider, so they stay here.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n product(s), with a LIVE key: real customers and charges</source>
        <translation>
            <numerusform>%1: %n product, with a LIVE key: real customers and charges</numerusform>
            <numerusform>%1: %n products, with a LIVE key: real customers and charges</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n product(s), test key</source>
        <translation>
            <numerusform>%1: %n product, test key</numerusform>
            <numerusform>%1: %n products, test key</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) with no account: not sent</source>
        <translation>
            <numerusform>%n product with no account: not sent</numerusform>
            <numerusform>%n products with no account: not sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Push %n product(s) to %1?</source>
        <translation>
            <numerusform>Push %n product to %1?</numerusform>
            <numerusform>Push %n products to %1?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pb::ProductEditor</name>
    <message numerus="yes">
        <source> (%n archived)</source>
        <translation>
            <numerusform> (%n archived)</numerusform>
            <numerusform> (%n archived)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pb::PullDialog</name>
    <message numerus="yes">
        <source>%n product(s) read…</source>
        <translation>
            <numerusform>%n product read…</numerusform>
            <numerusform>%n products read…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n product(s)</source>
        <translation>
            <numerusform>%n product</numerusform>
            <numerusform>%n products</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n price(s)</source>
        <translation>
            <numerusform>%n price</numerusform>
            <numerusform>%n prices</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pb::TeamCatalogDialog</name>
    <message numerus="yes">
        <source>The team catalog is empty. Copy your catalog (%n product(s), with its accounts and history) into it?</source>
        <translation>
            <numerusform>The team catalog is empty. Copy your catalog (%n product, with its accounts and history) into it?</numerusform>
            <numerusform>The team catalog is empty. Copy your catalog (%n products, with its accounts and history) into it?</numerusform>
        </translation>
    </message>
</context>
</TS>
