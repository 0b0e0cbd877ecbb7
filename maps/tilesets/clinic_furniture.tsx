<?xml version="1.0" encoding="UTF-8"?>
<tileset version="1.10" tiledversion="1.11.0" name="clinic_furniture" tilewidth="16" tileheight="16" tilecount="64" columns="8">
 <image source="../../assets/tiles/clinic_furniture.png" width="128" height="128"/>
 <tile id="0">
  <properties>
   <property name="tile_name" value="reception_desk_0_0"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="8" width="16" height="8"/>
  </objectgroup>
 </tile>
 <tile id="1">
  <properties>
   <property name="tile_name" value="reception_desk_1_0"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="8" width="16" height="8"/>
  </objectgroup>
 </tile>
 <tile id="2">
  <properties>
   <property name="tile_name" value="reception_desk_2_0"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="8" width="16" height="8"/>
  </objectgroup>
 </tile>
 <tile id="3">
  <properties>
   <property name="tile_name" value="plant_tall_top"/>
  </properties>
 </tile>
 <tile id="4">
  <properties>
   <property name="tile_name" value="water_cooler_top"/>
  </properties>
 </tile>
 <tile id="5">
  <properties>
   <property name="tile_name" value="cabinet_top"/>
  </properties>
 </tile>
 <tile id="6">
  <properties>
   <property name="tile_name" value="dental_chair_0_0"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="4" y="10" width="12" height="6"/>
  </objectgroup>
 </tile>
 <tile id="7">
  <properties>
   <property name="tile_name" value="dental_chair_1_0"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="10" width="14" height="6"/>
  </objectgroup>
 </tile>
 <tile id="8">
  <properties>
   <property name="tile_name" value="reception_desk_0_1"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="14"/>
  </objectgroup>
 </tile>
 <tile id="9">
  <properties>
   <property name="tile_name" value="reception_desk_1_1"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="14"/>
  </objectgroup>
 </tile>
 <tile id="10">
  <properties>
   <property name="tile_name" value="reception_desk_2_1"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="14"/>
  </objectgroup>
 </tile>
 <tile id="11">
  <properties>
   <property name="tile_name" value="plant_tall_base"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="3" y="5" width="10" height="10"/>
  </objectgroup>
 </tile>
 <tile id="12">
  <properties>
   <property name="tile_name" value="water_cooler_base"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="3" y="2" width="10" height="12"/>
  </objectgroup>
 </tile>
 <tile id="13">
  <properties>
   <property name="tile_name" value="cabinet_base"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="14"/>
  </objectgroup>
 </tile>
 <tile id="14">
  <properties>
   <property name="tile_name" value="dental_chair_0_1"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="4" y="0" width="12" height="15"/>
  </objectgroup>
 </tile>
 <tile id="15">
  <properties>
   <property name="tile_name" value="dental_chair_1_1"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="14" height="15"/>
  </objectgroup>
 </tile>
 <tile id="16">
  <properties>
   <property name="tile_name" value="chair"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="2" y="3" width="12" height="11"/>
  </objectgroup>
 </tile>
 <tile id="17">
  <properties>
   <property name="tile_name" value="chair_back"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="2" y="4" width="12" height="10"/>
  </objectgroup>
 </tile>
 <tile id="18">
  <properties>
   <property name="tile_name" value="chair_row_0_0"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="2" y="3" width="14" height="11"/>
  </objectgroup>
 </tile>
 <tile id="19">
  <properties>
   <property name="tile_name" value="chair_row_1_0"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="3" width="14" height="11"/>
  </objectgroup>
 </tile>
 <tile id="20">
  <properties>
   <property name="tile_name" value="chair_row_back_0_0"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="2" y="4" width="14" height="10"/>
  </objectgroup>
 </tile>
 <tile id="21">
  <properties>
   <property name="tile_name" value="chair_row_back_1_0"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="4" width="14" height="10"/>
  </objectgroup>
 </tile>
 <tile id="22">
  <properties>
   <property name="tile_name" value="plant_small"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="4" y="4" width="8" height="10"/>
  </objectgroup>
 </tile>
 <tile id="23">
  <properties>
   <property name="tile_name" value="side_table"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="2" y="3" width="12" height="11"/>
  </objectgroup>
 </tile>
 <tile id="24">
  <properties>
   <property name="tile_name" value="bin"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="4" y="5" width="8" height="9"/>
  </objectgroup>
 </tile>
 <tile id="25">
  <properties>
   <property name="tile_name" value="sofa_0_0"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="2" width="16" height="12"/>
  </objectgroup>
 </tile>
 <tile id="26">
  <properties>
   <property name="tile_name" value="sofa_1_0"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="2" width="16" height="12"/>
  </objectgroup>
 </tile>
 <tile id="32">
  <properties>
   <property name="tile_name" value="pod_0_0_f0"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="1" y="6" width="15" height="10"/>
  </objectgroup>
  <animation>
   <frame tileid="32" duration="260"/>
   <frame tileid="34" duration="260"/>
   <frame tileid="36" duration="260"/>
   <frame tileid="38" duration="260"/>
  </animation>
 </tile>
 <tile id="33">
  <properties>
   <property name="tile_name" value="pod_1_0_f0"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="6" width="15" height="10"/>
  </objectgroup>
  <animation>
   <frame tileid="33" duration="260"/>
   <frame tileid="35" duration="260"/>
   <frame tileid="37" duration="260"/>
   <frame tileid="39" duration="260"/>
  </animation>
 </tile>
 <tile id="34">
  <properties>
   <property name="tile_name" value="pod_0_0_f1"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="1" y="6" width="15" height="10"/>
  </objectgroup>
 </tile>
 <tile id="35">
  <properties>
   <property name="tile_name" value="pod_1_0_f1"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="6" width="15" height="10"/>
  </objectgroup>
 </tile>
 <tile id="36">
  <properties>
   <property name="tile_name" value="pod_0_0_f2"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="1" y="6" width="15" height="10"/>
  </objectgroup>
 </tile>
 <tile id="37">
  <properties>
   <property name="tile_name" value="pod_1_0_f2"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="6" width="15" height="10"/>
  </objectgroup>
 </tile>
 <tile id="38">
  <properties>
   <property name="tile_name" value="pod_0_0_f3"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="1" y="6" width="15" height="10"/>
  </objectgroup>
 </tile>
 <tile id="39">
  <properties>
   <property name="tile_name" value="pod_1_0_f3"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="6" width="15" height="10"/>
  </objectgroup>
 </tile>
 <tile id="40">
  <properties>
   <property name="tile_name" value="pod_0_1_f0"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="1" y="0" width="15" height="14"/>
  </objectgroup>
  <animation>
   <frame tileid="40" duration="260"/>
   <frame tileid="42" duration="260"/>
   <frame tileid="44" duration="260"/>
   <frame tileid="46" duration="260"/>
  </animation>
 </tile>
 <tile id="41">
  <properties>
   <property name="tile_name" value="pod_1_1_f0"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="15" height="14"/>
  </objectgroup>
  <animation>
   <frame tileid="41" duration="260"/>
   <frame tileid="43" duration="260"/>
   <frame tileid="45" duration="260"/>
   <frame tileid="47" duration="260"/>
  </animation>
 </tile>
 <tile id="42">
  <properties>
   <property name="tile_name" value="pod_0_1_f1"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="1" y="0" width="15" height="14"/>
  </objectgroup>
 </tile>
 <tile id="43">
  <properties>
   <property name="tile_name" value="pod_1_1_f1"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="15" height="14"/>
  </objectgroup>
 </tile>
 <tile id="44">
  <properties>
   <property name="tile_name" value="pod_0_1_f2"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="1" y="0" width="15" height="14"/>
  </objectgroup>
 </tile>
 <tile id="45">
  <properties>
   <property name="tile_name" value="pod_1_1_f2"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="15" height="14"/>
  </objectgroup>
 </tile>
 <tile id="46">
  <properties>
   <property name="tile_name" value="pod_0_1_f3"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="1" y="0" width="15" height="14"/>
  </objectgroup>
 </tile>
 <tile id="47">
  <properties>
   <property name="tile_name" value="pod_1_1_f3"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="15" height="14"/>
  </objectgroup>
 </tile>
 <tile id="48">
  <properties>
   <property name="tile_name" value="lab_bench_0_0"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="8" width="16" height="8"/>
  </objectgroup>
 </tile>
 <tile id="49">
  <properties>
   <property name="tile_name" value="lab_bench_1_0"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="8" width="16" height="8"/>
  </objectgroup>
 </tile>
 <tile id="50">
  <properties>
   <property name="tile_name" value="lab_bench_b_0_0"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="8" width="16" height="8"/>
  </objectgroup>
 </tile>
 <tile id="51">
  <properties>
   <property name="tile_name" value="lab_bench_b_1_0"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="8" width="16" height="8"/>
  </objectgroup>
 </tile>
 <tile id="56">
  <properties>
   <property name="tile_name" value="lab_bench_0_1"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="14"/>
  </objectgroup>
 </tile>
 <tile id="57">
  <properties>
   <property name="tile_name" value="lab_bench_1_1"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="14"/>
  </objectgroup>
 </tile>
 <tile id="58">
  <properties>
   <property name="tile_name" value="lab_bench_b_0_1"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="14"/>
  </objectgroup>
 </tile>
 <tile id="59">
  <properties>
   <property name="tile_name" value="lab_bench_b_1_1"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="14"/>
  </objectgroup>
 </tile>
</tileset>
