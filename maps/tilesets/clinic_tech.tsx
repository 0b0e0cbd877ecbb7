<?xml version="1.0" encoding="UTF-8"?>
<tileset version="1.10" tiledversion="1.11.0" name="clinic_tech" tilewidth="16" tileheight="16" tilecount="56" columns="8">
 <image source="../../assets/tiles/clinic_tech.png" width="128" height="112"/>
 <tile id="0">
  <properties>
   <property name="tile_name" value="holo_wall_0_0_f0"/>
  </properties>
  <animation>
   <frame tileid="0" duration="180"/>
   <frame tileid="2" duration="180"/>
   <frame tileid="4" duration="180"/>
   <frame tileid="6" duration="180"/>
  </animation>
 </tile>
 <tile id="1">
  <properties>
   <property name="tile_name" value="holo_wall_1_0_f0"/>
  </properties>
  <animation>
   <frame tileid="1" duration="180"/>
   <frame tileid="3" duration="180"/>
   <frame tileid="5" duration="180"/>
   <frame tileid="7" duration="180"/>
  </animation>
 </tile>
 <tile id="2">
  <properties>
   <property name="tile_name" value="holo_wall_0_0_f1"/>
  </properties>
 </tile>
 <tile id="3">
  <properties>
   <property name="tile_name" value="holo_wall_1_0_f1"/>
  </properties>
 </tile>
 <tile id="4">
  <properties>
   <property name="tile_name" value="holo_wall_0_0_f2"/>
  </properties>
 </tile>
 <tile id="5">
  <properties>
   <property name="tile_name" value="holo_wall_1_0_f2"/>
  </properties>
 </tile>
 <tile id="6">
  <properties>
   <property name="tile_name" value="holo_wall_0_0_f3"/>
  </properties>
 </tile>
 <tile id="7">
  <properties>
   <property name="tile_name" value="holo_wall_1_0_f3"/>
  </properties>
 </tile>
 <tile id="8">
  <properties>
   <property name="tile_name" value="holo_stand_0_0_f0"/>
  </properties>
  <animation>
   <frame tileid="8" duration="220"/>
   <frame tileid="9" duration="220"/>
   <frame tileid="10" duration="220"/>
   <frame tileid="11" duration="220"/>
  </animation>
 </tile>
 <tile id="9">
  <properties>
   <property name="tile_name" value="holo_stand_0_0_f1"/>
  </properties>
 </tile>
 <tile id="10">
  <properties>
   <property name="tile_name" value="holo_stand_0_0_f2"/>
  </properties>
 </tile>
 <tile id="11">
  <properties>
   <property name="tile_name" value="holo_stand_0_0_f3"/>
  </properties>
 </tile>
 <tile id="12">
  <properties>
   <property name="tile_name" value="ai_core_0_0_f0"/>
  </properties>
  <animation>
   <frame tileid="12" duration="120"/>
   <frame tileid="13" duration="120"/>
   <frame tileid="14" duration="120"/>
   <frame tileid="15" duration="120"/>
  </animation>
 </tile>
 <tile id="13">
  <properties>
   <property name="tile_name" value="ai_core_0_0_f1"/>
  </properties>
 </tile>
 <tile id="14">
  <properties>
   <property name="tile_name" value="ai_core_0_0_f2"/>
  </properties>
 </tile>
 <tile id="15">
  <properties>
   <property name="tile_name" value="ai_core_0_0_f3"/>
  </properties>
 </tile>
 <tile id="16">
  <properties>
   <property name="tile_name" value="holo_stand_0_1_f0"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="3" y="8" width="10" height="7"/>
  </objectgroup>
  <animation>
   <frame tileid="16" duration="220"/>
   <frame tileid="17" duration="220"/>
   <frame tileid="18" duration="220"/>
   <frame tileid="19" duration="220"/>
  </animation>
 </tile>
 <tile id="17">
  <properties>
   <property name="tile_name" value="holo_stand_0_1_f1"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="3" y="8" width="10" height="7"/>
  </objectgroup>
 </tile>
 <tile id="18">
  <properties>
   <property name="tile_name" value="holo_stand_0_1_f2"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="3" y="8" width="10" height="7"/>
  </objectgroup>
 </tile>
 <tile id="19">
  <properties>
   <property name="tile_name" value="holo_stand_0_1_f3"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="3" y="8" width="10" height="7"/>
  </objectgroup>
 </tile>
 <tile id="20">
  <properties>
   <property name="tile_name" value="ai_core_0_1_f0"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="2" y="0" width="12" height="14"/>
  </objectgroup>
  <animation>
   <frame tileid="20" duration="120"/>
   <frame tileid="21" duration="120"/>
   <frame tileid="22" duration="120"/>
   <frame tileid="23" duration="120"/>
  </animation>
 </tile>
 <tile id="21">
  <properties>
   <property name="tile_name" value="ai_core_0_1_f1"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="2" y="0" width="12" height="14"/>
  </objectgroup>
 </tile>
 <tile id="22">
  <properties>
   <property name="tile_name" value="ai_core_0_1_f2"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="2" y="0" width="12" height="14"/>
  </objectgroup>
 </tile>
 <tile id="23">
  <properties>
   <property name="tile_name" value="ai_core_0_1_f3"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="2" y="0" width="12" height="14"/>
  </objectgroup>
 </tile>
 <tile id="24">
  <properties>
   <property name="tile_name" value="server_rack_0_0_f0"/>
  </properties>
  <animation>
   <frame tileid="24" duration="400"/>
   <frame tileid="25" duration="300"/>
   <frame tileid="26" duration="500"/>
  </animation>
 </tile>
 <tile id="25">
  <properties>
   <property name="tile_name" value="server_rack_0_0_f1"/>
  </properties>
 </tile>
 <tile id="26">
  <properties>
   <property name="tile_name" value="server_rack_0_0_f2"/>
  </properties>
 </tile>
 <tile id="27">
  <properties>
   <property name="tile_name" value="vitals_0_0_f0"/>
  </properties>
  <animation>
   <frame tileid="27" duration="150"/>
   <frame tileid="28" duration="150"/>
   <frame tileid="29" duration="150"/>
   <frame tileid="30" duration="150"/>
  </animation>
 </tile>
 <tile id="28">
  <properties>
   <property name="tile_name" value="vitals_0_0_f1"/>
  </properties>
 </tile>
 <tile id="29">
  <properties>
   <property name="tile_name" value="vitals_0_0_f2"/>
  </properties>
 </tile>
 <tile id="30">
  <properties>
   <property name="tile_name" value="vitals_0_0_f3"/>
  </properties>
 </tile>
 <tile id="32">
  <properties>
   <property name="tile_name" value="server_rack_0_1_f0"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="1" y="0" width="14" height="14"/>
  </objectgroup>
  <animation>
   <frame tileid="32" duration="400"/>
   <frame tileid="33" duration="300"/>
   <frame tileid="34" duration="500"/>
  </animation>
 </tile>
 <tile id="33">
  <properties>
   <property name="tile_name" value="server_rack_0_1_f1"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="1" y="0" width="14" height="14"/>
  </objectgroup>
 </tile>
 <tile id="34">
  <properties>
   <property name="tile_name" value="server_rack_0_1_f2"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="1" y="0" width="14" height="14"/>
  </objectgroup>
 </tile>
 <tile id="35">
  <properties>
   <property name="tile_name" value="vitals_0_1_f0"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="3" y="8" width="10" height="6"/>
  </objectgroup>
  <animation>
   <frame tileid="35" duration="150"/>
   <frame tileid="36" duration="150"/>
   <frame tileid="37" duration="150"/>
   <frame tileid="38" duration="150"/>
  </animation>
 </tile>
 <tile id="36">
  <properties>
   <property name="tile_name" value="vitals_0_1_f1"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="3" y="8" width="10" height="6"/>
  </objectgroup>
 </tile>
 <tile id="37">
  <properties>
   <property name="tile_name" value="vitals_0_1_f2"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="3" y="8" width="10" height="6"/>
  </objectgroup>
 </tile>
 <tile id="38">
  <properties>
   <property name="tile_name" value="vitals_0_1_f3"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="3" y="8" width="10" height="6"/>
  </objectgroup>
 </tile>
 <tile id="40">
  <properties>
   <property name="tile_name" value="console_0_0_f0"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="14" width="16" height="2"/>
  </objectgroup>
  <animation>
   <frame tileid="40" duration="500"/>
   <frame tileid="42" duration="500"/>
  </animation>
 </tile>
 <tile id="41">
  <properties>
   <property name="tile_name" value="console_1_0_f0"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="14" width="16" height="2"/>
  </objectgroup>
  <animation>
   <frame tileid="41" duration="500"/>
   <frame tileid="43" duration="500"/>
  </animation>
 </tile>
 <tile id="42">
  <properties>
   <property name="tile_name" value="console_0_0_f1"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="14" width="16" height="2"/>
  </objectgroup>
 </tile>
 <tile id="43">
  <properties>
   <property name="tile_name" value="console_1_0_f1"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="14" width="16" height="2"/>
  </objectgroup>
 </tile>
 <tile id="44">
  <properties>
   <property name="tile_name" value="logo_sign_0_0_f0"/>
  </properties>
  <animation>
   <frame tileid="44" duration="700"/>
   <frame tileid="46" duration="700"/>
  </animation>
 </tile>
 <tile id="45">
  <properties>
   <property name="tile_name" value="logo_sign_1_0_f0"/>
  </properties>
  <animation>
   <frame tileid="45" duration="700"/>
   <frame tileid="47" duration="700"/>
  </animation>
 </tile>
 <tile id="46">
  <properties>
   <property name="tile_name" value="logo_sign_0_0_f1"/>
  </properties>
 </tile>
 <tile id="47">
  <properties>
   <property name="tile_name" value="logo_sign_1_0_f1"/>
  </properties>
 </tile>
 <tile id="48">
  <properties>
   <property name="tile_name" value="console_0_1_f0"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="14"/>
  </objectgroup>
  <animation>
   <frame tileid="48" duration="500"/>
   <frame tileid="50" duration="500"/>
  </animation>
 </tile>
 <tile id="49">
  <properties>
   <property name="tile_name" value="console_1_1_f0"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="14"/>
  </objectgroup>
  <animation>
   <frame tileid="49" duration="500"/>
   <frame tileid="51" duration="500"/>
  </animation>
 </tile>
 <tile id="50">
  <properties>
   <property name="tile_name" value="console_0_1_f1"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="14"/>
  </objectgroup>
 </tile>
 <tile id="51">
  <properties>
   <property name="tile_name" value="console_1_1_f1"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="14"/>
  </objectgroup>
 </tile>
</tileset>
