<?xml version="1.0" encoding="UTF-8"?>
<tileset version="1.10" tiledversion="1.11.0" name="city" tilewidth="16" tileheight="16" tilecount="72" columns="8">
 <image source="../../assets/tiles/city.png" width="128" height="144"/>
 <tile id="0">
  <properties>
   <property name="tile_name" value="pave"/>
  </properties>
 </tile>
 <tile id="1">
  <properties>
   <property name="tile_name" value="pave_b"/>
  </properties>
 </tile>
 <tile id="2">
  <properties>
   <property name="tile_name" value="road"/>
  </properties>
 </tile>
 <tile id="3">
  <properties>
   <property name="tile_name" value="road_line_h"/>
  </properties>
 </tile>
 <tile id="4">
  <properties>
   <property name="tile_name" value="road_line_v"/>
  </properties>
 </tile>
 <tile id="5">
  <properties>
   <property name="tile_name" value="crossing_h"/>
  </properties>
 </tile>
 <tile id="6">
  <properties>
   <property name="tile_name" value="crossing_v"/>
  </properties>
 </tile>
 <tile id="7">
  <properties>
   <property name="tile_name" value="grass"/>
  </properties>
 </tile>
 <tile id="8">
  <properties>
   <property name="tile_name" value="kerb_s"/>
  </properties>
 </tile>
 <tile id="9">
  <properties>
   <property name="tile_name" value="kerb_n"/>
  </properties>
 </tile>
 <tile id="10">
  <properties>
   <property name="tile_name" value="kerb_e"/>
  </properties>
 </tile>
 <tile id="11">
  <properties>
   <property name="tile_name" value="kerb_w"/>
  </properties>
 </tile>
 <tile id="12" type="Wall">
  <properties>
   <property name="tile_name" value="roof"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="13" type="Wall">
  <properties>
   <property name="tile_name" value="roof_edge"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="14" type="Wall">
  <properties>
   <property name="tile_name" value="facade_plain"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="15" type="Wall">
  <properties>
   <property name="tile_name" value="facade_band"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="16" type="Wall">
  <properties>
   <property name="tile_name" value="facade_window"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="17" type="Wall">
  <properties>
   <property name="tile_name" value="facade_dark"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="18" type="Wall">
  <properties>
   <property name="tile_name" value="facade_window_night"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="19">
  <properties>
   <property name="tile_name" value="bollard_f0"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="5" y="4" width="6" height="10"/>
  </objectgroup>
  <animation>
   <frame tileid="19" duration="900"/>
   <frame tileid="20" duration="900"/>
  </animation>
 </tile>
 <tile id="20">
  <properties>
   <property name="tile_name" value="bollard_f1"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="5" y="4" width="6" height="10"/>
  </objectgroup>
 </tile>
 <tile id="21">
  <properties>
   <property name="tile_name" value="bench_0_0"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="1" y="2" width="15" height="11"/>
  </objectgroup>
 </tile>
 <tile id="22">
  <properties>
   <property name="tile_name" value="bench_1_0"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="2" width="15" height="11"/>
  </objectgroup>
 </tile>
 <tile id="24" type="Wall">
  <properties>
   <property name="tile_name" value="shop_front_0_0"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="25" type="Wall">
  <properties>
   <property name="tile_name" value="shop_front_1_0"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="26" type="Wall">
  <properties>
   <property name="tile_name" value="entrance_0_0"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="27" type="Wall">
  <properties>
   <property name="tile_name" value="entrance_1_0"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="28" type="Wall">
  <properties>
   <property name="tile_name" value="entrance_2_0"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="29">
  <properties>
   <property name="tile_name" value="lamp_0_0_f0"/>
  </properties>
  <animation>
   <frame tileid="29" duration="1800"/>
   <frame tileid="30" duration="120"/>
  </animation>
 </tile>
 <tile id="30">
  <properties>
   <property name="tile_name" value="lamp_0_0_f1"/>
  </properties>
 </tile>
 <tile id="32" type="Wall">
  <properties>
   <property name="tile_name" value="shop_front_0_1"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="33" type="Wall">
  <properties>
   <property name="tile_name" value="shop_front_1_1"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="34" type="Wall">
  <properties>
   <property name="tile_name" value="entrance_0_1"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="5"/>
   <object id="2" x="0" y="5" width="8" height="11"/>
  </objectgroup>
 </tile>
 <tile id="35" type="Wall">
  <properties>
   <property name="tile_name" value="entrance_1_1"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="5"/>
  </objectgroup>
 </tile>
 <tile id="36" type="Wall">
  <properties>
   <property name="tile_name" value="entrance_2_1"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="5"/>
   <object id="2" x="8" y="5" width="8" height="11"/>
  </objectgroup>
 </tile>
 <tile id="37">
  <properties>
   <property name="tile_name" value="lamp_0_1_f0"/>
  </properties>
  <animation>
   <frame tileid="37" duration="1800"/>
   <frame tileid="38" duration="120"/>
  </animation>
 </tile>
 <tile id="38">
  <properties>
   <property name="tile_name" value="lamp_0_1_f1"/>
  </properties>
 </tile>
 <tile id="40">
  <properties>
   <property name="tile_name" value="planter_0_0"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="1" y="5" width="15" height="9"/>
  </objectgroup>
 </tile>
 <tile id="41">
  <properties>
   <property name="tile_name" value="planter_1_0"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="5" width="15" height="9"/>
  </objectgroup>
 </tile>
 <tile id="42" type="Wall">
  <properties>
   <property name="tile_name" value="entrance_0_2"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="8" height="16"/>
  </objectgroup>
 </tile>
 <tile id="43" type="Wall">
  <properties>
   <property name="tile_name" value="entrance_1_2"/>
  </properties>
 </tile>
 <tile id="44" type="Wall">
  <properties>
   <property name="tile_name" value="entrance_2_2"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="8" y="0" width="8" height="16"/>
  </objectgroup>
 </tile>
 <tile id="45">
  <properties>
   <property name="tile_name" value="lamp_0_2_f0"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="5" y="7" width="6" height="7"/>
  </objectgroup>
  <animation>
   <frame tileid="45" duration="1800"/>
   <frame tileid="46" duration="120"/>
  </animation>
 </tile>
 <tile id="46">
  <properties>
   <property name="tile_name" value="lamp_0_2_f1"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="5" y="7" width="6" height="7"/>
  </objectgroup>
 </tile>
 <tile id="48">
  <properties>
   <property name="tile_name" value="tree_0_0"/>
  </properties>
 </tile>
 <tile id="49">
  <properties>
   <property name="tile_name" value="tree_1_0"/>
  </properties>
 </tile>
 <tile id="50">
  <properties>
   <property name="tile_name" value="billboard_0_0_f0"/>
  </properties>
  <animation>
   <frame tileid="50" duration="1500"/>
   <frame tileid="52" duration="1500"/>
   <frame tileid="54" duration="1500"/>
  </animation>
 </tile>
 <tile id="51">
  <properties>
   <property name="tile_name" value="billboard_1_0_f0"/>
  </properties>
  <animation>
   <frame tileid="51" duration="1500"/>
   <frame tileid="53" duration="1500"/>
   <frame tileid="55" duration="1500"/>
  </animation>
 </tile>
 <tile id="52">
  <properties>
   <property name="tile_name" value="billboard_0_0_f1"/>
  </properties>
 </tile>
 <tile id="53">
  <properties>
   <property name="tile_name" value="billboard_1_0_f1"/>
  </properties>
 </tile>
 <tile id="54">
  <properties>
   <property name="tile_name" value="billboard_0_0_f2"/>
  </properties>
 </tile>
 <tile id="55">
  <properties>
   <property name="tile_name" value="billboard_1_0_f2"/>
  </properties>
 </tile>
 <tile id="56">
  <properties>
   <property name="tile_name" value="tree_0_1"/>
  </properties>
 </tile>
 <tile id="57">
  <properties>
   <property name="tile_name" value="tree_1_1"/>
  </properties>
 </tile>
 <tile id="58">
  <properties>
   <property name="tile_name" value="billboard_0_1_f0"/>
  </properties>
  <animation>
   <frame tileid="58" duration="1500"/>
   <frame tileid="60" duration="1500"/>
   <frame tileid="62" duration="1500"/>
  </animation>
 </tile>
 <tile id="59">
  <properties>
   <property name="tile_name" value="billboard_1_1_f0"/>
  </properties>
  <animation>
   <frame tileid="59" duration="1500"/>
   <frame tileid="61" duration="1500"/>
   <frame tileid="63" duration="1500"/>
  </animation>
 </tile>
 <tile id="60">
  <properties>
   <property name="tile_name" value="billboard_0_1_f1"/>
  </properties>
 </tile>
 <tile id="61">
  <properties>
   <property name="tile_name" value="billboard_1_1_f1"/>
  </properties>
 </tile>
 <tile id="62">
  <properties>
   <property name="tile_name" value="billboard_0_1_f2"/>
  </properties>
 </tile>
 <tile id="63">
  <properties>
   <property name="tile_name" value="billboard_1_1_f2"/>
  </properties>
 </tile>
 <tile id="64">
  <properties>
   <property name="tile_name" value="tree_0_2"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="12" y="6" width="4" height="8"/>
  </objectgroup>
 </tile>
 <tile id="65">
  <properties>
   <property name="tile_name" value="tree_1_2"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="6" width="4" height="8"/>
  </objectgroup>
 </tile>
 <tile id="66">
  <properties>
   <property name="tile_name" value="billboard_0_2_f0"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="11" y="8" width="5" height="6"/>
  </objectgroup>
  <animation>
   <frame tileid="66" duration="1500"/>
   <frame tileid="68" duration="1500"/>
   <frame tileid="70" duration="1500"/>
  </animation>
 </tile>
 <tile id="67">
  <properties>
   <property name="tile_name" value="billboard_1_2_f0"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="8" width="5" height="6"/>
  </objectgroup>
  <animation>
   <frame tileid="67" duration="1500"/>
   <frame tileid="69" duration="1500"/>
   <frame tileid="71" duration="1500"/>
  </animation>
 </tile>
 <tile id="68">
  <properties>
   <property name="tile_name" value="billboard_0_2_f1"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="11" y="8" width="5" height="6"/>
  </objectgroup>
 </tile>
 <tile id="69">
  <properties>
   <property name="tile_name" value="billboard_1_2_f1"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="8" width="5" height="6"/>
  </objectgroup>
 </tile>
 <tile id="70">
  <properties>
   <property name="tile_name" value="billboard_0_2_f2"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="11" y="8" width="5" height="6"/>
  </objectgroup>
 </tile>
 <tile id="71">
  <properties>
   <property name="tile_name" value="billboard_1_2_f2"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="8" width="5" height="6"/>
  </objectgroup>
 </tile>
</tileset>
