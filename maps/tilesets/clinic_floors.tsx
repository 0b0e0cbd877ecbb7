<?xml version="1.0" encoding="UTF-8"?>
<tileset version="1.10" tiledversion="1.11.0" name="clinic_floors" tilewidth="16" tileheight="16" tilecount="48" columns="8">
 <image source="../../assets/tiles/clinic_floors.png" width="128" height="96"/>
 <tile id="0">
  <properties>
   <property name="tile_name" value="floor_clinic"/>
  </properties>
 </tile>
 <tile id="1">
  <properties>
   <property name="tile_name" value="floor_clinic_glint"/>
  </properties>
 </tile>
 <tile id="2">
  <properties>
   <property name="tile_name" value="floor_inlay"/>
  </properties>
 </tile>
 <tile id="3">
  <properties>
   <property name="tile_name" value="floor_clinic_cold"/>
  </properties>
 </tile>
 <tile id="4">
  <properties>
   <property name="tile_name" value="floor_clinic_cold_glint"/>
  </properties>
 </tile>
 <tile id="5">
  <properties>
   <property name="tile_name" value="floor_lab"/>
  </properties>
 </tile>
 <tile id="6">
  <properties>
   <property name="tile_name" value="floor_lab_vent"/>
  </properties>
 </tile>
 <tile id="7">
  <properties>
   <property name="tile_name" value="floor_lab_lit"/>
  </properties>
 </tile>
 <tile id="8">
  <properties>
   <property name="tile_name" value="guide_h_f0"/>
  </properties>
  <animation>
   <frame tileid="8" duration="140"/>
   <frame tileid="9" duration="140"/>
   <frame tileid="10" duration="140"/>
   <frame tileid="11" duration="140"/>
  </animation>
 </tile>
 <tile id="9">
  <properties>
   <property name="tile_name" value="guide_h_f1"/>
  </properties>
 </tile>
 <tile id="10">
  <properties>
   <property name="tile_name" value="guide_h_f2"/>
  </properties>
 </tile>
 <tile id="11">
  <properties>
   <property name="tile_name" value="guide_h_f3"/>
  </properties>
 </tile>
 <tile id="12">
  <properties>
   <property name="tile_name" value="guide_v_f0"/>
  </properties>
  <animation>
   <frame tileid="12" duration="140"/>
   <frame tileid="13" duration="140"/>
   <frame tileid="14" duration="140"/>
   <frame tileid="15" duration="140"/>
  </animation>
 </tile>
 <tile id="13">
  <properties>
   <property name="tile_name" value="guide_v_f1"/>
  </properties>
 </tile>
 <tile id="14">
  <properties>
   <property name="tile_name" value="guide_v_f2"/>
  </properties>
 </tile>
 <tile id="15">
  <properties>
   <property name="tile_name" value="guide_v_f3"/>
  </properties>
 </tile>
 <tile id="16">
  <properties>
   <property name="tile_name" value="floor_wood"/>
  </properties>
 </tile>
 <tile id="17">
  <properties>
   <property name="tile_name" value="floor_wood_b"/>
  </properties>
 </tile>
 <tile id="18">
  <properties>
   <property name="tile_name" value="carpet_nw"/>
  </properties>
 </tile>
 <tile id="19">
  <properties>
   <property name="tile_name" value="carpet_n"/>
  </properties>
 </tile>
 <tile id="20">
  <properties>
   <property name="tile_name" value="carpet_ne"/>
  </properties>
 </tile>
 <tile id="21">
  <properties>
   <property name="tile_name" value="carpet_red_nw"/>
  </properties>
 </tile>
 <tile id="22">
  <properties>
   <property name="tile_name" value="carpet_red_n"/>
  </properties>
 </tile>
 <tile id="23">
  <properties>
   <property name="tile_name" value="carpet_red_ne"/>
  </properties>
 </tile>
 <tile id="24">
  <properties>
   <property name="tile_name" value="floor_lab_night"/>
  </properties>
 </tile>
 <tile id="25">
  <properties>
   <property name="tile_name" value="floor_lab_night_vent"/>
  </properties>
 </tile>
 <tile id="26">
  <properties>
   <property name="tile_name" value="carpet_w"/>
  </properties>
 </tile>
 <tile id="27">
  <properties>
   <property name="tile_name" value="carpet_c"/>
  </properties>
 </tile>
 <tile id="28">
  <properties>
   <property name="tile_name" value="carpet_e"/>
  </properties>
 </tile>
 <tile id="29">
  <properties>
   <property name="tile_name" value="carpet_red_w"/>
  </properties>
 </tile>
 <tile id="30">
  <properties>
   <property name="tile_name" value="carpet_red_c"/>
  </properties>
 </tile>
 <tile id="31">
  <properties>
   <property name="tile_name" value="carpet_red_e"/>
  </properties>
 </tile>
 <tile id="32">
  <properties>
   <property name="tile_name" value="floor_lab_night_lit"/>
  </properties>
 </tile>
 <tile id="33">
  <properties>
   <property name="tile_name" value="floor_inlay_alert"/>
  </properties>
 </tile>
 <tile id="34">
  <properties>
   <property name="tile_name" value="carpet_sw"/>
  </properties>
 </tile>
 <tile id="35">
  <properties>
   <property name="tile_name" value="carpet_s"/>
  </properties>
 </tile>
 <tile id="36">
  <properties>
   <property name="tile_name" value="carpet_se"/>
  </properties>
 </tile>
 <tile id="37">
  <properties>
   <property name="tile_name" value="carpet_red_sw"/>
  </properties>
 </tile>
 <tile id="38">
  <properties>
   <property name="tile_name" value="carpet_red_s"/>
  </properties>
 </tile>
 <tile id="39">
  <properties>
   <property name="tile_name" value="carpet_red_se"/>
  </properties>
 </tile>
 <tile id="40">
  <properties>
   <property name="tile_name" value="guide_h_alert_f0"/>
  </properties>
  <animation>
   <frame tileid="40" duration="110"/>
   <frame tileid="41" duration="110"/>
   <frame tileid="42" duration="110"/>
   <frame tileid="43" duration="110"/>
  </animation>
 </tile>
 <tile id="41">
  <properties>
   <property name="tile_name" value="guide_h_alert_f1"/>
  </properties>
 </tile>
 <tile id="42">
  <properties>
   <property name="tile_name" value="guide_h_alert_f2"/>
  </properties>
 </tile>
 <tile id="43">
  <properties>
   <property name="tile_name" value="guide_h_alert_f3"/>
  </properties>
 </tile>
 <tile id="44">
  <properties>
   <property name="tile_name" value="guide_v_alert_f0"/>
  </properties>
  <animation>
   <frame tileid="44" duration="110"/>
   <frame tileid="45" duration="110"/>
   <frame tileid="46" duration="110"/>
   <frame tileid="47" duration="110"/>
  </animation>
 </tile>
 <tile id="45">
  <properties>
   <property name="tile_name" value="guide_v_alert_f1"/>
  </properties>
 </tile>
 <tile id="46">
  <properties>
   <property name="tile_name" value="guide_v_alert_f2"/>
  </properties>
 </tile>
 <tile id="47">
  <properties>
   <property name="tile_name" value="guide_v_alert_f3"/>
  </properties>
 </tile>
</tileset>
