<?xml version="1.0" encoding="UTF-8"?>
<tileset version="1.10" tiledversion="1.11.0" name="clinic_walls" tilewidth="16" tileheight="16" tilecount="80" columns="8">
 <image source="../../assets/tiles/clinic_walls.png" width="128" height="160"/>
 <tile id="0" type="Wall">
  <properties>
   <property name="tile_name" value="top_out_nw"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="1" type="Wall">
  <properties>
   <property name="tile_name" value="top_n"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="2" type="Wall">
  <properties>
   <property name="tile_name" value="top_out_ne"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="3" type="Wall">
  <properties>
   <property name="tile_name" value="top_in_nw"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="4" type="Wall">
  <properties>
   <property name="tile_name" value="top_in_se"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="8" type="Wall">
  <properties>
   <property name="tile_name" value="top_w"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="9" type="Wall">
  <properties>
   <property name="tile_name" value="top_fill"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="10" type="Wall">
  <properties>
   <property name="tile_name" value="top_e"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="11" type="Wall">
  <properties>
   <property name="tile_name" value="top_in_ne"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="12" type="Wall">
  <properties>
   <property name="tile_name" value="face_upper"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="13" type="Wall">
  <properties>
   <property name="tile_name" value="face_pilaster_upper"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="14" type="Wall">
  <properties>
   <property name="tile_name" value="window_0_0"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="15" type="Wall">
  <properties>
   <property name="tile_name" value="window_1_0"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="16" type="Wall">
  <properties>
   <property name="tile_name" value="top_out_sw"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="17" type="Wall">
  <properties>
   <property name="tile_name" value="top_s"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="18" type="Wall">
  <properties>
   <property name="tile_name" value="top_out_se"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="19" type="Wall">
  <properties>
   <property name="tile_name" value="top_in_sw"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="20" type="Wall">
  <properties>
   <property name="tile_name" value="face_lower"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="21" type="Wall">
  <properties>
   <property name="tile_name" value="face_pilaster_lower"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="22" type="Wall">
  <properties>
   <property name="tile_name" value="window_0_1"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="23" type="Wall">
  <properties>
   <property name="tile_name" value="window_1_1"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="24" type="Wall">
  <properties>
   <property name="tile_name" value="window_narrow_upper"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="25" type="DoorOpening">
  <properties>
   <property name="play_once" type="bool" value="true"/>
   <property name="tile_name" value="door_opening_0_0"/>
  </properties>
  <animation>
   <frame tileid="40" duration="70"/>
   <frame tileid="42" duration="70"/>
   <frame tileid="44" duration="70"/>
   <frame tileid="46" duration="4000"/>
  </animation>
 </tile>
 <tile id="26" type="DoorOpening">
  <properties>
   <property name="play_once" type="bool" value="true"/>
   <property name="tile_name" value="door_opening_1_0"/>
  </properties>
  <animation>
   <frame tileid="41" duration="70"/>
   <frame tileid="43" duration="70"/>
   <frame tileid="45" duration="70"/>
   <frame tileid="47" duration="4000"/>
  </animation>
 </tile>
 <tile id="27" type="Wall">
  <properties>
   <property name="tile_name" value="face_cold_upper"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="28" type="Wall">
  <properties>
   <property name="tile_name" value="face_red_upper"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="29" type="Wall">
  <properties>
   <property name="tile_name" value="face_pilaster_cold_upper"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="30" type="Wall">
  <properties>
   <property name="tile_name" value="window_night_0_0"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="31" type="Wall">
  <properties>
   <property name="tile_name" value="window_night_1_0"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="32" type="Wall">
  <properties>
   <property name="tile_name" value="window_narrow_lower"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="33" type="DoorOpening">
  <properties>
   <property name="play_once" type="bool" value="true"/>
   <property name="tile_name" value="door_opening_0_1"/>
  </properties>
  <animation>
   <frame tileid="48" duration="70"/>
   <frame tileid="50" duration="70"/>
   <frame tileid="52" duration="70"/>
   <frame tileid="54" duration="4000"/>
  </animation>
 </tile>
 <tile id="34" type="DoorOpening">
  <properties>
   <property name="play_once" type="bool" value="true"/>
   <property name="tile_name" value="door_opening_1_1"/>
  </properties>
  <animation>
   <frame tileid="49" duration="70"/>
   <frame tileid="51" duration="70"/>
   <frame tileid="53" duration="70"/>
   <frame tileid="55" duration="4000"/>
  </animation>
 </tile>
 <tile id="35" type="Wall">
  <properties>
   <property name="tile_name" value="face_cold_lower"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="36" type="Wall">
  <properties>
   <property name="tile_name" value="face_red_lower"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="37" type="Wall">
  <properties>
   <property name="tile_name" value="face_pilaster_cold_lower"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="38" type="Wall">
  <properties>
   <property name="tile_name" value="window_night_0_1"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="39" type="Wall">
  <properties>
   <property name="tile_name" value="window_night_1_1"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="40" type="Door">
  <properties>
   <property name="opening_tile" type="int" value="25"/>
   <property name="tile_name" value="door_0_0_f0"/>
  </properties>
 </tile>
 <tile id="41" type="Door">
  <properties>
   <property name="opening_tile" type="int" value="26"/>
   <property name="tile_name" value="door_1_0_f0"/>
  </properties>
 </tile>
 <tile id="42">
  <properties>
   <property name="tile_name" value="door_0_0_f1"/>
  </properties>
 </tile>
 <tile id="43">
  <properties>
   <property name="tile_name" value="door_1_0_f1"/>
  </properties>
 </tile>
 <tile id="44">
  <properties>
   <property name="tile_name" value="door_0_0_f2"/>
  </properties>
 </tile>
 <tile id="45">
  <properties>
   <property name="tile_name" value="door_1_0_f2"/>
  </properties>
 </tile>
 <tile id="46">
  <properties>
   <property name="tile_name" value="door_0_0_f3"/>
  </properties>
 </tile>
 <tile id="47">
  <properties>
   <property name="tile_name" value="door_1_0_f3"/>
  </properties>
 </tile>
 <tile id="48" type="Door">
  <properties>
   <property name="opening_tile" type="int" value="33"/>
   <property name="tile_name" value="door_0_1_f0"/>
  </properties>
 </tile>
 <tile id="49" type="Door">
  <properties>
   <property name="opening_tile" type="int" value="34"/>
   <property name="tile_name" value="door_1_1_f0"/>
  </properties>
 </tile>
 <tile id="50">
  <properties>
   <property name="tile_name" value="door_0_1_f1"/>
  </properties>
 </tile>
 <tile id="51">
  <properties>
   <property name="tile_name" value="door_1_1_f1"/>
  </properties>
 </tile>
 <tile id="52">
  <properties>
   <property name="tile_name" value="door_0_1_f2"/>
  </properties>
 </tile>
 <tile id="53">
  <properties>
   <property name="tile_name" value="door_1_1_f2"/>
  </properties>
 </tile>
 <tile id="54">
  <properties>
   <property name="tile_name" value="door_0_1_f3"/>
  </properties>
 </tile>
 <tile id="55">
  <properties>
   <property name="tile_name" value="door_1_1_f3"/>
  </properties>
 </tile>
 <tile id="56" type="Wall">
  <properties>
   <property name="tile_name" value="top_cold_out_nw"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="57" type="Wall">
  <properties>
   <property name="tile_name" value="top_cold_n"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="58" type="Wall">
  <properties>
   <property name="tile_name" value="top_cold_out_ne"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="59" type="Wall">
  <properties>
   <property name="tile_name" value="top_cold_in_nw"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="60" type="Wall">
  <properties>
   <property name="tile_name" value="top_cold_in_se"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="61" type="Wall">
  <properties>
   <property name="tile_name" value="window_narrow_night_upper"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="64" type="Wall">
  <properties>
   <property name="tile_name" value="top_cold_w"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="65" type="Wall">
  <properties>
   <property name="tile_name" value="top_cold_fill"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="66" type="Wall">
  <properties>
   <property name="tile_name" value="top_cold_e"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="67" type="Wall">
  <properties>
   <property name="tile_name" value="top_cold_in_ne"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="69" type="Wall">
  <properties>
   <property name="tile_name" value="window_narrow_night_lower"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="72" type="Wall">
  <properties>
   <property name="tile_name" value="top_cold_out_sw"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="73" type="Wall">
  <properties>
   <property name="tile_name" value="top_cold_s"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="74" type="Wall">
  <properties>
   <property name="tile_name" value="top_cold_out_se"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="75" type="Wall">
  <properties>
   <property name="tile_name" value="top_cold_in_sw"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
</tileset>
